using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Medk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StoredFiles : Migration
    {
        /// <summary>
        /// Every old file becomes a stored file under its owner; its storage key (<c>ev-</c>, <c>cd-</c>, <c>cv-</c>,
        /// <c>pf-</c> and the old id) ties the description to its bytes. The content type is derived from the name, as
        /// <c>EvidencePolicy.ContentType</c> did when the file was served.
        /// </summary>
        private const string MoveLegacyFiles = """
            INSERT INTO "StoredFiles" ("FileName", "ContentType", "Kind", "Size", "Sha256", "UploadedBy", "UploadedAt", "StorageKey", "ProgressReportId")
            SELECT "FileName", CASE WHEN lower("FileName") LIKE '%.pdf' THEN 'application/pdf' WHEN lower("FileName") LIKE '%.docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN lower("FileName") LIKE '%.xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN lower("FileName") LIKE '%.pptx' THEN 'application/vnd.openxmlformats-officedocument.presentationml.presentation' WHEN lower("FileName") LIKE '%.odt' THEN 'application/vnd.oasis.opendocument.text' WHEN lower("FileName") LIKE '%.ods' THEN 'application/vnd.oasis.opendocument.spreadsheet' WHEN lower("FileName") LIKE '%.odp' THEN 'application/vnd.oasis.opendocument.presentation' WHEN lower("FileName") LIKE '%.png' THEN 'image/png' WHEN lower("FileName") LIKE '%.jpg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.jpeg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.gif' THEN 'image/gif' WHEN lower("FileName") LIKE '%.zip' THEN 'application/zip' WHEN lower("FileName") LIKE '%.7z' THEN 'application/x-7z-compressed' WHEN lower("FileName") LIKE '%.rar' THEN 'application/vnd.rar' ELSE 'application/octet-stream' END, "Kind", "Size", "Sha256", "UploadedBy", "UploadedAt", 'ev-' || "Id", "ReportId" FROM "EvidenceFiles" ORDER BY "Id";
            INSERT INTO "StoredFileContents" ("Key", "Bytes") SELECT 'ev-' || "EvidenceFileId", "Bytes" FROM "EvidenceContents";
            INSERT INTO "StoredFiles" ("FileName", "ContentType", "Kind", "Size", "Sha256", "UploadedBy", "UploadedAt", "StorageKey", "ConceptDocumentId")
            SELECT "FileName", CASE WHEN lower("FileName") LIKE '%.pdf' THEN 'application/pdf' WHEN lower("FileName") LIKE '%.docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN lower("FileName") LIKE '%.xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN lower("FileName") LIKE '%.pptx' THEN 'application/vnd.openxmlformats-officedocument.presentationml.presentation' WHEN lower("FileName") LIKE '%.odt' THEN 'application/vnd.oasis.opendocument.text' WHEN lower("FileName") LIKE '%.ods' THEN 'application/vnd.oasis.opendocument.spreadsheet' WHEN lower("FileName") LIKE '%.odp' THEN 'application/vnd.oasis.opendocument.presentation' WHEN lower("FileName") LIKE '%.png' THEN 'image/png' WHEN lower("FileName") LIKE '%.jpg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.jpeg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.gif' THEN 'image/gif' WHEN lower("FileName") LIKE '%.zip' THEN 'application/zip' WHEN lower("FileName") LIKE '%.7z' THEN 'application/x-7z-compressed' WHEN lower("FileName") LIKE '%.rar' THEN 'application/vnd.rar' ELSE 'application/octet-stream' END, "Kind", "Size", "Sha256", NULL, "UploadedAt", 'cd-' || "Id", "DocumentId" FROM "ConceptFile" ORDER BY "Id";
            INSERT INTO "StoredFileContents" ("Key", "Bytes") SELECT 'cd-' || "ConceptFileId", "Bytes" FROM "ConceptFileContent";
            INSERT INTO "StoredFiles" ("FileName", "ContentType", "Kind", "Size", "Sha256", "UploadedBy", "UploadedAt", "StorageKey", "CuratorVisitId", "CuratorReportId")
            SELECT "FileName", CASE WHEN lower("FileName") LIKE '%.pdf' THEN 'application/pdf' WHEN lower("FileName") LIKE '%.docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN lower("FileName") LIKE '%.xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN lower("FileName") LIKE '%.pptx' THEN 'application/vnd.openxmlformats-officedocument.presentationml.presentation' WHEN lower("FileName") LIKE '%.odt' THEN 'application/vnd.oasis.opendocument.text' WHEN lower("FileName") LIKE '%.ods' THEN 'application/vnd.oasis.opendocument.spreadsheet' WHEN lower("FileName") LIKE '%.odp' THEN 'application/vnd.oasis.opendocument.presentation' WHEN lower("FileName") LIKE '%.png' THEN 'image/png' WHEN lower("FileName") LIKE '%.jpg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.jpeg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.gif' THEN 'image/gif' WHEN lower("FileName") LIKE '%.zip' THEN 'application/zip' WHEN lower("FileName") LIKE '%.7z' THEN 'application/x-7z-compressed' WHEN lower("FileName") LIKE '%.rar' THEN 'application/vnd.rar' ELSE 'application/octet-stream' END, "Kind", "Size", "Sha256", NULL, "UploadedAt", 'cv-' || "Id", "VisitId", "ReportId" FROM "CuratorFiles" ORDER BY "Id";
            INSERT INTO "StoredFileContents" ("Key", "Bytes") SELECT 'cv-' || "CuratorFileId", "Bytes" FROM "CuratorFileContents";
            INSERT INTO "StoredFiles" ("FileName", "ContentType", "Kind", "Size", "Sha256", "UploadedBy", "UploadedAt", "StorageKey", "PracticeId")
            SELECT "FileName", CASE WHEN lower("FileName") LIKE '%.pdf' THEN 'application/pdf' WHEN lower("FileName") LIKE '%.docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' WHEN lower("FileName") LIKE '%.xlsx' THEN 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' WHEN lower("FileName") LIKE '%.pptx' THEN 'application/vnd.openxmlformats-officedocument.presentationml.presentation' WHEN lower("FileName") LIKE '%.odt' THEN 'application/vnd.oasis.opendocument.text' WHEN lower("FileName") LIKE '%.ods' THEN 'application/vnd.oasis.opendocument.spreadsheet' WHEN lower("FileName") LIKE '%.odp' THEN 'application/vnd.oasis.opendocument.presentation' WHEN lower("FileName") LIKE '%.png' THEN 'image/png' WHEN lower("FileName") LIKE '%.jpg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.jpeg' THEN 'image/jpeg' WHEN lower("FileName") LIKE '%.gif' THEN 'image/gif' WHEN lower("FileName") LIKE '%.zip' THEN 'application/zip' WHEN lower("FileName") LIKE '%.7z' THEN 'application/x-7z-compressed' WHEN lower("FileName") LIKE '%.rar' THEN 'application/vnd.rar' ELSE 'application/octet-stream' END, "Kind", "Size", "Sha256", NULL, "UploadedAt", 'pf-' || "Id", "PracticeId" FROM "PracticeFiles" ORDER BY "Id";
            INSERT INTO "StoredFileContents" ("Key", "Bytes") SELECT 'pf-' || "PracticeFileId", "Bytes" FROM "PracticeFileContents";
            """;

        private const string RestoreLegacyFiles = """
            INSERT INTO "EvidenceFiles" ("Id", "ReportId", "FileName", "Kind", "Size", "Sha256", "UploadedBy", "UploadedAt")
            SELECT f."Id", f."ProgressReportId", f."FileName", f."Kind", f."Size", f."Sha256", COALESCE(f."UploadedBy", r."AuthorId"), f."UploadedAt"
            FROM "StoredFiles" f JOIN "ProgressReports" r ON r."Id" = f."ProgressReportId";
            INSERT INTO "EvidenceContents" ("EvidenceFileId", "Bytes")
            SELECT f."Id", c."Bytes" FROM "StoredFiles" f JOIN "StoredFileContents" c ON c."Key" = f."StorageKey" WHERE f."ProgressReportId" IS NOT NULL;
            INSERT INTO "ConceptFile" ("Id", "DocumentId", "FileName", "Kind", "Size", "Sha256", "UploadedAt")
            SELECT f."Id", f."ConceptDocumentId", f."FileName", f."Kind", f."Size", f."Sha256", f."UploadedAt" FROM "StoredFiles" f WHERE f."ConceptDocumentId" IS NOT NULL;
            INSERT INTO "ConceptFileContent" ("ConceptFileId", "Bytes")
            SELECT f."Id", c."Bytes" FROM "StoredFiles" f JOIN "StoredFileContents" c ON c."Key" = f."StorageKey" WHERE f."ConceptDocumentId" IS NOT NULL;
            INSERT INTO "CuratorFiles" ("Id", "VisitId", "ReportId", "FileName", "Kind", "Size", "Sha256", "UploadedAt")
            SELECT f."Id", f."CuratorVisitId", f."CuratorReportId", f."FileName", f."Kind", f."Size", f."Sha256", f."UploadedAt" FROM "StoredFiles" f WHERE f."CuratorVisitId" IS NOT NULL OR f."CuratorReportId" IS NOT NULL;
            INSERT INTO "CuratorFileContents" ("CuratorFileId", "Bytes")
            SELECT f."Id", c."Bytes" FROM "StoredFiles" f JOIN "StoredFileContents" c ON c."Key" = f."StorageKey" WHERE f."CuratorVisitId" IS NOT NULL OR f."CuratorReportId" IS NOT NULL;
            INSERT INTO "PracticeFiles" ("Id", "PracticeId", "FileName", "Kind", "Size", "Sha256", "UploadedAt")
            SELECT f."Id", f."PracticeId", f."FileName", f."Kind", f."Size", f."Sha256", f."UploadedAt" FROM "StoredFiles" f WHERE f."PracticeId" IS NOT NULL;
            INSERT INTO "PracticeFileContents" ("PracticeFileId", "Bytes")
            SELECT f."Id", c."Bytes" FROM "StoredFiles" f JOIN "StoredFileContents" c ON c."Key" = f."StorageKey" WHERE f."PracticeId" IS NOT NULL;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoredFileContents",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFileContents", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConceptDocumentId = table.Column<int>(type: "integer", nullable: true),
                    CuratorReportId = table.Column<int>(type: "integer", nullable: true),
                    CuratorVisitId = table.Column<int>(type: "integer", nullable: true),
                    PracticeId = table.Column<int>(type: "integer", nullable: true),
                    ProgressReportId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoredFiles_ConceptDocument_ConceptDocumentId",
                        column: x => x.ConceptDocumentId,
                        principalTable: "ConceptDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoredFiles_CuratorReports_CuratorReportId",
                        column: x => x.CuratorReportId,
                        principalTable: "CuratorReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoredFiles_CuratorVisits_CuratorVisitId",
                        column: x => x.CuratorVisitId,
                        principalTable: "CuratorVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoredFiles_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoredFiles_ProgressReports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_ConceptDocumentId",
                table: "StoredFiles",
                column: "ConceptDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_CuratorReportId",
                table: "StoredFiles",
                column: "CuratorReportId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_CuratorVisitId",
                table: "StoredFiles",
                column: "CuratorVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_PracticeId",
                table: "StoredFiles",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_ProgressReportId",
                table: "StoredFiles",
                column: "ProgressReportId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_StorageKey",
                table: "StoredFiles",
                column: "StorageKey",
                unique: true);

            // The files of the four old tables, with their bytes, before those tables go (decision 015).
            migrationBuilder.Sql(MoveLegacyFiles);

            migrationBuilder.DropTable(
                name: "ConceptFileContent");

            migrationBuilder.DropTable(
                name: "CuratorFileContents");

            migrationBuilder.DropTable(
                name: "EvidenceContents");

            migrationBuilder.DropTable(
                name: "PracticeFileContents");

            migrationBuilder.DropTable(
                name: "ConceptFile");

            migrationBuilder.DropTable(
                name: "CuratorFiles");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "PracticeFiles");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConceptFile",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConceptFile", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConceptFile_ConceptDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ConceptDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CuratorFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReportId = table.Column<int>(type: "integer", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VisitId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CuratorFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CuratorFiles_CuratorReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "CuratorReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CuratorFiles_CuratorVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "CuratorVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_ProgressReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeFiles_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConceptFileContent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    ConceptFileId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConceptFileContent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConceptFileContent_ConceptFile_ConceptFileId",
                        column: x => x.ConceptFileId,
                        principalTable: "ConceptFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CuratorFileContents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    CuratorFileId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CuratorFileContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CuratorFileContents_CuratorFiles_CuratorFileId",
                        column: x => x.CuratorFileId,
                        principalTable: "CuratorFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceContents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    EvidenceFileId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceContents_EvidenceFiles_EvidenceFileId",
                        column: x => x.EvidenceFileId,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeFileContents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    PracticeFileId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeFileContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeFileContents_PracticeFiles_PracticeFileId",
                        column: x => x.PracticeFileId,
                        principalTable: "PracticeFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConceptFile_DocumentId",
                table: "ConceptFile",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConceptFileContent_ConceptFileId",
                table: "ConceptFileContent",
                column: "ConceptFileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CuratorFileContents_CuratorFileId",
                table: "CuratorFileContents",
                column: "CuratorFileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CuratorFiles_ReportId",
                table: "CuratorFiles",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_CuratorFiles_VisitId",
                table: "CuratorFiles",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceContents_EvidenceFileId",
                table: "EvidenceContents",
                column: "EvidenceFileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_ReportId",
                table: "EvidenceFiles",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeFileContents_PracticeFileId",
                table: "PracticeFileContents",
                column: "PracticeFileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeFiles_PracticeId",
                table: "PracticeFiles",
                column: "PracticeId");

            // Back into the four old tables, bytes kept in the database included, before the new ones go.
            migrationBuilder.Sql(RestoreLegacyFiles);

            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"EvidenceFiles\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"EvidenceFiles\"), 1));");
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"ConceptFile\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"ConceptFile\"), 1));");
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"CuratorFiles\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"CuratorFiles\"), 1));");
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"PracticeFiles\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"PracticeFiles\"), 1));");

            migrationBuilder.DropTable(
                name: "StoredFileContents");

            migrationBuilder.DropTable(
                name: "StoredFiles");
        }
    }
}
