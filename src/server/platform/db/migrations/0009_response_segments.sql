CREATE INDEX "survey_responses_staff_group" ON "survey_responses" USING btree ("survey_id","staff_group_id","id");--> statement-breakpoint
CREATE INDEX "survey_responses_division" ON "survey_responses" USING btree ("survey_id","division_id","id");--> statement-breakpoint
CREATE INDEX "survey_responses_site" ON "survey_responses" USING btree ("survey_id","site_id","id");