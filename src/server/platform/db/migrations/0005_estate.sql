CREATE TABLE "integrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"source_system_id" uuid NOT NULL,
	"target_system_id" uuid NOT NULL,
	"interface_type" text NOT NULL,
	"frequency" text,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integrations_not_self" CHECK ("integrations"."source_system_id" <> "integrations"."target_system_id")
);
--> statement-breakpoint
CREATE TABLE "project_systems" (
	"project_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "project_systems_project_id_system_id_pk" PRIMARY KEY("project_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sponsor" text,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"start_on" date,
	"end_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_dates" CHECK ("projects"."end_on" IS NULL OR "projects"."start_on" IS NULL OR "projects"."end_on" >= "projects"."start_on")
);
--> statement-breakpoint
CREATE TABLE "register_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"label" text NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_by" uuid,
	"system_count" integer NOT NULL,
	"integration_count" integer NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_units" (
	"system_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	CONSTRAINT "system_units_system_id_org_unit_id_pk" PRIMARY KEY("system_id","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"supplier" text,
	"product" text,
	"capability" text,
	"business_owner" text,
	"technical_owner" text,
	"user_count" integer,
	"hosting" text,
	"contract_start" date,
	"contract_end" date,
	"annual_cost" integer,
	"lifecycle" text DEFAULT 'active' NOT NULL,
	"criticality" text DEFAULT 'medium' NOT NULL,
	"holds_patient_data" boolean DEFAULT false NOT NULL,
	"technical_fit" integer,
	"functional_fit" integer,
	"replaced_by_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "systems_technical_fit" CHECK ("systems"."technical_fit" BETWEEN 1 AND 4),
	CONSTRAINT "systems_functional_fit" CHECK ("systems"."functional_fit" BETWEEN 1 AND 4),
	CONSTRAINT "systems_user_count" CHECK ("systems"."user_count" >= 0),
	CONSTRAINT "systems_annual_cost" CHECK ("systems"."annual_cost" >= 0),
	CONSTRAINT "systems_contract_dates" CHECK ("systems"."contract_end" IS NULL OR "systems"."contract_start" IS NULL OR "systems"."contract_end" >= "systems"."contract_start")
);
--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_source_system_id_systems_id_fk" FOREIGN KEY ("source_system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_target_system_id_systems_id_fk" FOREIGN KEY ("target_system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_systems" ADD CONSTRAINT "project_systems_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_systems" ADD CONSTRAINT "project_systems_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_snapshots" ADD CONSTRAINT "register_snapshots_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_snapshots" ADD CONSTRAINT "register_snapshots_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_units" ADD CONSTRAINT "system_units_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_units" ADD CONSTRAINT "system_units_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_replaced_by_id_systems_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."systems"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "integrations_org" ON "integrations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "integrations_source" ON "integrations" USING btree ("source_system_id");--> statement-breakpoint
CREATE INDEX "integrations_target" ON "integrations" USING btree ("target_system_id");--> statement-breakpoint
CREATE INDEX "project_systems_system" ON "project_systems" USING btree ("system_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_name" ON "projects" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "register_snapshots_strategy" ON "register_snapshots" USING btree ("strategy_id","taken_at");--> statement-breakpoint
CREATE INDEX "system_units_unit" ON "system_units" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "systems_name" ON "systems" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "systems_org_capability" ON "systems" USING btree ("organisation_id","capability");