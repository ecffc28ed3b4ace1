using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Medk.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RiskFactorId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RoadmapId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpertVerdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ExpertComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ExpertName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "RiskProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VerifiedById = table.Column<Guid>(type: "uuid", nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskProfiles_Cycle_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskProfiles_Organizations_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StageOutcome",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PositiveChanges = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "SurveyRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyRounds_Cycle_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConceptDecision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
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
                name: "RiskProfileLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RiskProfileId = table.Column<int>(type: "integer", nullable: false),
                    FactorId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Activated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskProfileLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskProfileLevels_RiskFactors_FactorId",
                        column: x => x.FactorId,
                        principalTable: "RiskFactors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskProfileLevels_RiskProfiles_RiskProfileId",
                        column: x => x.RiskProfileId,
                        principalTable: "RiskProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyParticipation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyRoundId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Expected = table.Column<int>(type: "integer", nullable: false),
                    Actual = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyParticipation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyParticipation_Organizations_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyParticipation_SurveyRounds_SurveyRoundId",
                        column: x => x.SurveyRoundId,
                        principalTable: "SurveyRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConceptFileContent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConceptFileId = table.Column<int>(type: "integer", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
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
                name: "IX_RiskProfileLevels_FactorId_Level",
                table: "RiskProfileLevels",
                columns: new[] { "FactorId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskProfileLevels_RiskProfileId_FactorId",
                table: "RiskProfileLevels",
                columns: new[] { "RiskProfileId", "FactorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskProfiles_CycleId_SchoolId",
                table: "RiskProfiles",
                columns: new[] { "CycleId", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskProfiles_SchoolId",
                table: "RiskProfiles",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_StageOutcome_CycleId_Stage_SchoolId",
                table: "StageOutcome",
                columns: new[] { "CycleId", "Stage", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageOutcome_SchoolId",
                table: "StageOutcome",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyParticipation_SchoolId",
                table: "SurveyParticipation",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyParticipation_SurveyRoundId_SchoolId_Group",
                table: "SurveyParticipation",
                columns: new[] { "SurveyRoundId", "SchoolId", "Group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRounds_CycleId_Number",
                table: "SurveyRounds",
                columns: new[] { "CycleId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConceptDecision");

            migrationBuilder.DropTable(
                name: "ConceptFileContent");

            migrationBuilder.DropTable(
                name: "RiskProfileLevels");

            migrationBuilder.DropTable(
                name: "StageOutcome");

            migrationBuilder.DropTable(
                name: "SurveyParticipation");

            migrationBuilder.DropTable(
                name: "ConceptFile");

            migrationBuilder.DropTable(
                name: "RiskProfiles");

            migrationBuilder.DropTable(
                name: "SurveyRounds");

            migrationBuilder.DropTable(
                name: "ConceptDocument");
        }
    }
}
