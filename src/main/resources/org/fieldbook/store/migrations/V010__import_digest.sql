-- The content digest (SHA-256 over the bundle's tag files, which hold every payload hash) of each applied import,
-- so a resent copy of an imported bundle is told apart from an altered one (refused as tampered).
ALTER TABLE sync_import ADD COLUMN content_sha256 TEXT NOT NULL DEFAULT '';
