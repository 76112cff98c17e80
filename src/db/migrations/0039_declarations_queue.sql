DROP INDEX "declaration_recipients_person";--> statement-breakpoint
CREATE INDEX "declarations_queue" ON "declarations" USING btree ("organisation_id","id","state","days_late","submitted_at","closed_at","named_person_ids");--> statement-breakpoint
CREATE INDEX "declaration_recipients_person" ON "declaration_recipients" USING btree ("person_id","organisation_id","declaration_id");