import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ZUpdateProfile } from '../../../shared/contracts/accounts.js';
import { api } from '../../app/api.js';
import { useAuth, useMe } from '../../app/auth.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';

const fieldIds = { name: 'profile-name' };

export function ProfileForm({ notify }: { notify: Notify }) {
  const me = useMe();
  const { refresh } = useAuth();
  const form = useFormProblem();
  const [name, setName] = useState(me.user.name);
  const save = useMutation({
    mutationFn: (input: { name: string }) => api.patch('/me', input),
    onSuccess: async () => {
      await refresh();
      notify('Your name has been saved.');
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    notify(null);
    const parsed = ZUpdateProfile.safeParse({ name });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    save.mutate(parsed.data);
  };

  return (
    <section aria-labelledby="profile-heading">
      <h2 className="nhsuk-heading-m" id="profile-heading">
        Your name
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput
          id={fieldIds.name}
          label="Full name"
          hint="Shown to colleagues in your organisations and in the audit trail."
          autoComplete="name"
          spellCheck={false}
          value={name}
          onChange={setName}
          error={form.field('name')}
        />
        <Button type="submit" variant="secondary" busy={save.isPending}>
          Save name
        </Button>
      </form>
    </section>
  );
}
