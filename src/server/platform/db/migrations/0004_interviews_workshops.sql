CREATE TABLE "interview_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"label" text NOT NULL,
	"label_key" text NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"label_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"interviewee_role" text NOT NULL,
	"interviewee_name" text,
	"held_on" date NOT NULL,
	"interviewer_user_id" uuid,
	"consent" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_declined_keeps_no_notes" CHECK ("interviews"."consent" <> 'declined' OR "interviews"."notes" = '')
);
--> statement-breakpoint
CREATE TABLE "sticky_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"column_id" uuid NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_attendance" (
	"workshop_id" uuid NOT NULL,
	"staff_group_id" uuid NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "workshop_attendance_workshop_id_staff_group_id_pk" PRIMARY KEY("workshop_id","staff_group_id"),
	CONSTRAINT "workshop_attendance_non_negative" CHECK ("workshop_attendance"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "workshop_columns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"department" text,
	"org_unit_id" uuid,
	"facilitator" text,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_items" ADD CONSTRAINT "interview_items_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_items" ADD CONSTRAINT "interview_items_topic_id_interview_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."interview_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_topics" ADD CONSTRAINT "interview_topics_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_interviewer_user_id_users_id_fk" FOREIGN KEY ("interviewer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sticky_notes" ADD CONSTRAINT "sticky_notes_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sticky_notes" ADD CONSTRAINT "sticky_notes_column_id_workshop_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."workshop_columns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_attendance" ADD CONSTRAINT "workshop_attendance_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_attendance" ADD CONSTRAINT "workshop_attendance_staff_group_id_staff_groups_id_fk" FOREIGN KEY ("staff_group_id") REFERENCES "public"."staff_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_columns" ADD CONSTRAINT "workshop_columns_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_items_interview" ON "interview_items" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interview_items_topic" ON "interview_items" USING btree ("topic_id","label_key");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_topics_label" ON "interview_topics" USING btree ("strategy_id","kind","label_key");--> statement-breakpoint
CREATE INDEX "interviews_strategy" ON "interviews" USING btree ("strategy_id","held_on");--> statement-breakpoint
CREATE INDEX "sticky_notes_column" ON "sticky_notes" USING btree ("column_id","position");--> statement-breakpoint
CREATE INDEX "sticky_notes_workshop" ON "sticky_notes" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "workshop_columns_workshop" ON "workshop_columns" USING btree ("workshop_id","position");--> statement-breakpoint
CREATE INDEX "workshops_strategy" ON "workshops" USING btree ("strategy_id","held_on");