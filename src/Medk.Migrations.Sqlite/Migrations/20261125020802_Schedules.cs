using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Schedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceColumns",
                table: "Roadmaps",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DeadlineKind",
                table: "RoadmapItems",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeadlineStart",
                table: "RoadmapItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "DeadlineTime",
                table: "RoadmapItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineWarning",
                table: "RoadmapItems",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndicatorComparator",
                table: "RoadmapItems",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndicatorKind",
                table: "RoadmapItems",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "IndicatorTarget",
                table: "RoadmapItems",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndicatorUnit",
                table: "RoadmapItems",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Checkpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checkpoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Checkpoints_RoadmapItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "RoadmapItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Checkpoints_DueDate",
                table: "Checkpoints",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_Checkpoints_ItemId_DueDate",
                table: "Checkpoints",
                columns: new[] { "ItemId", "DueDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Checkpoints");

            migrationBuilder.DropColumn(
                name: "SourceColumns",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "DeadlineKind",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "DeadlineStart",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "DeadlineTime",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "DeadlineWarning",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "IndicatorComparator",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "IndicatorKind",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "IndicatorTarget",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "IndicatorUnit",
                table: "RoadmapItems");
        }
    }
}
