using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReimportAsCorrection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "RoadmapItems",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "RoadmapItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CreatesNew",
                table: "ImportDrafts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TargetRoadmapId",
                table: "ImportDrafts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportDrafts_TargetRoadmapId",
                table: "ImportDrafts",
                column: "TargetRoadmapId");

            migrationBuilder.AddForeignKey(
                name: "FK_ImportDrafts_Roadmaps_TargetRoadmapId",
                table: "ImportDrafts",
                column: "TargetRoadmapId",
                principalTable: "Roadmaps",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImportDrafts_Roadmaps_TargetRoadmapId",
                table: "ImportDrafts");

            migrationBuilder.DropIndex(
                name: "IX_ImportDrafts_TargetRoadmapId",
                table: "ImportDrafts");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "CreatesNew",
                table: "ImportDrafts");

            migrationBuilder.DropColumn(
                name: "TargetRoadmapId",
                table: "ImportDrafts");
        }
    }
}
