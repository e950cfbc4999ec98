CREATE TABLE "workforce_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"default_staff_groups_added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "org_units_name";--> statement-breakpoint
ALTER TABLE "workforce_settings" ADD CONSTRAINT "workforce_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "org_units_name" ON "org_units" USING btree ("organisation_id","kind",coalesce("parent_id", "organisation_id"),lower("name"));