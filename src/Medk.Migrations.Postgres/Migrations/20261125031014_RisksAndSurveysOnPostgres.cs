using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Medk.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RisksAndSurveysOnPostgres : Migration
    {
        /// <summary>
        /// Nothing to create: on PostgreSQL the tables of risk profiles and surveys (RiskProfiles, RiskProfileLevels,
        /// SurveyRounds, SurveyParticipation) were already created by 20261125025940_ConceptDocuments, generated while
        /// these entities were in the working tree. This migration only brings the model snapshot up to date.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
