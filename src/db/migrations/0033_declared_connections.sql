CREATE TABLE "declared_connections" (
	"organisation_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"declarant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "declared_connections_pkey" PRIMARY KEY("organisation_id","declaration_id","person_id")
);
--> statement-breakpoint
DROP INDEX "declarations_named";--> statement-breakpoint
ALTER TABLE "declared_connections" ADD CONSTRAINT "declared_connections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declared_connections" ADD CONSTRAINT "declared_connections_declaration_id_fk" FOREIGN KEY ("organisation_id","declaration_id") REFERENCES "public"."declarations"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "declared_connections_person" ON "declared_connections" USING btree ("organisation_id","person_id","declarant_id");--> statement-breakpoint
CREATE INDEX "declared_connections_declarant" ON "declared_connections" USING btree ("organisation_id","declarant_id","person_id");--> statement-breakpoint
-- Kept by the database whenever a declaration is written (submitted, its named people changed, erased), so
-- that no path that writes declarations can leave it behind: a draft connects nobody.
CREATE FUNCTION declarations_keep_connections() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM declared_connections WHERE organisation_id = NEW.organisation_id AND declaration_id = NEW.id;
  IF NEW.state <> 'draft' THEN
    INSERT INTO declared_connections (organisation_id, declaration_id, declarant_id, person_id)
      SELECT DISTINCT NEW.organisation_id, NEW.id, NEW.declarant_id, named FROM unnest(NEW.named_person_ids) AS named;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER declarations_keep_connections AFTER INSERT OR UPDATE OF state, declarant_id, named_person_ids ON declarations
  FOR EACH ROW EXECUTE FUNCTION declarations_keep_connections();
--> statement-breakpoint
INSERT INTO declared_connections (organisation_id, declaration_id, declarant_id, person_id)
  SELECT DISTINCT d.organisation_id, d.id, d.declarant_id, named FROM declarations d CROSS JOIN unnest(d.named_person_ids) AS named WHERE d.state <> 'draft';
--> statement-breakpoint
-- The second wall (0011): seen and written by probity_app only within the organisation set for its transaction.
ALTER TABLE "declared_connections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY organisation_wall ON "declared_connections" TO probity_app
  USING (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid)
  WITH CHECK (organisation_id = nullif(current_setting('app.organisation_id', true), '')::uuid);
