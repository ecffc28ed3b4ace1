using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConceptDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConceptDocument",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RiskFactorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RoadmapId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpertVerdict = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ExpertComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConceptDocument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConceptDocument_Cycle_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConceptDocument_Organizations_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConceptDocument_RiskFactors_RiskFactorId",
                        column: x => x.RiskFactorId,
                        principalTable: "RiskFactors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConceptDocument_Roadmaps_RoadmapId",
                        column: x => x.RoadmapId,
                        principalTable: "Roadmaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StageOutcome",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    PositiveChanges = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageOutcome", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageOutcome_Cycle_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StageOutcome_Organizations_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConceptDecision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConceptDecision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConceptDecision_ConceptDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ConceptDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConceptFile",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "ConceptFileContent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConceptFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_ConceptDecision_DocumentId",
                table: "ConceptDecision",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConceptDocument_CycleId_SchoolId_Kind",
                table: "ConceptDocument",
                columns: new[] { "CycleId", "SchoolId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ConceptDocument_RiskFactorId",
                table: "ConceptDocument",
                column: "RiskFactorId");

            migrationBuilder.CreateIndex(
                name: "IX_ConceptDocument_RoadmapId",
                table: "ConceptDocument",
                column: "RoadmapId");

            migrationBuilder.CreateIndex(
                name: "IX_ConceptDocument_SchoolId",
                table: "ConceptDocument",
                column: "SchoolId");

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
                name: "IX_StageOutcome_CycleId_Stage_SchoolId",
                table: "StageOutcome",
                columns: new[] { "CycleId", "Stage", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageOutcome_SchoolId",
                table: "StageOutcome",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConceptDecision");

            migrationBuilder.DropTable(
                name: "ConceptFileContent");

            migrationBuilder.DropTable(
                name: "StageOutcome");

            migrationBuilder.DropTable(
                name: "ConceptFile");

            migrationBuilder.DropTable(
                name: "ConceptDocument");
        }
    }
}
