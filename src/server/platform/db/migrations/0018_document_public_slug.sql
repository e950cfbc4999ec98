ALTER TABLE "strategy_documents" ADD COLUMN "public_slug" text;--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_documents_public_slug" ON "strategy_documents" USING btree ("public_slug");