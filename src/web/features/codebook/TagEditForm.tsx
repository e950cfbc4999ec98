import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Tag } from '../../../shared/contracts/codebook.js';
import { api } from '../../app/api.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Textarea } from '../../ui/Textarea.js';
import { Swatch } from './Swatch.js';

const FIELDS = { name: 'tag-edit-name', description: 'tag-edit-description', colour: 'tag-edit-colour', parentId: 'tag-edit-parent' };

/**
 * Changes a tag's name, description, colour and parent. The server checks every rule (unique
 * name, two levels, a colour that shows on the white page) and says what to do; this form shows
 * its messages beside the fields. Only what changed is sent, so an older pale colour kept as it is
 * does not block a rename.
 */
export function TagEditForm({ tag, tags, onSaved }: { tag: Tag; tags: Tag[]; onSaved(tag: Tag): void }) {
  const client = useQueryClient();
  const form = useFormProblem();
  const [name, setName] = useState(tag.name);
  const [description, setDescription] = useState(tag.description);
  const [colour, setColour] = useState(tag.colour);
  const [parentId, setParentId] = useState(tag.parentId ?? '');
  const hasChildren = tags.some((t) => t.parentId === tag.id);
  const parents = tags.filter((t) => !t.parentId && t.id !== tag.id);
  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {};
      if (name !== tag.name) body.name = name;
      if (description !== tag.description) body.description = description;
      if (colour.trim().toLowerCase() !== tag.colour) body.colour = colour;
      if (parentId !== (tag.parentId ?? '')) body.parentId = parentId || null;
      return api.patch<Tag>(`/tags/${tag.id}`, body);
    },
    onSuccess: (saved) => {
      form.clear();
      void client.invalidateQueries({ queryKey: ['tags', tag.id] });
      void client.invalidateQueries({ queryKey: ['tags'] });
      onSaved(saved);
    },
    onError: form.showError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const preview = /^#[0-9a-f]{6}$/i.test(colour.trim()) ? colour.trim() : null;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="tag-edit-heading">
      <h2 className="nhsuk-heading-m" id="tag-edit-heading">
        Change this tag
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={FIELDS} />
      <TextInput id={FIELDS.name} label="Name" value={name} onChange={setName} error={form.field('name')} width={20} maxLength={80} />
      <Textarea
        id={FIELDS.description}
        label="Description (optional)"
        hint="What the tag means, so everyone applies it the same way."
        value={description}
        onChange={setDescription}
        error={form.field('description')}
        maxLength={500}
        rows={3}
      />
      <TextInput
        id={FIELDS.colour}
        label="Colour"
        hint={
          <>
            A # and six hex digits, such as #005eb8. It must stand out on the white page (a contrast of at least 3 to 1), so pale colours are
            refused with a darker shade suggested.{' '}
            {preview && (
              <>
                Preview: <Swatch colour={preview} />
              </>
            )}
          </>
        }
        value={colour}
        onChange={setColour}
        error={form.field('colour')}
        width={10}
        spellCheck={false}
        autoComplete="off"
      />
      <Select
        id={FIELDS.parentId}
        label="Put it under"
        hint={hasChildren ? 'Other tags sit under this one, so it stays at the top level (the codebook has two levels).' : undefined}
        value={parentId}
        onChange={setParentId}
        error={form.field('parentId')}
        disabled={hasChildren}
        options={[{ value: '', label: 'Nothing: a top-level tag' }, ...parents.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <Button type="submit" busy={save.isPending}>
        Save changes
      </Button>
    </form>
  );
}
