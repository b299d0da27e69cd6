using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CandidateApplication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Application",
                table: "Candidates",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.CreateTable(
                name: "EligibilityPolicies",
                columns: table => new
                {
                    Version = table.Column<int>(type: "int", nullable: false),
                    MinimumYearsOfTeaching = table.Column<decimal>(type: "decimal(4,2)", precision: 4, scale: 2, nullable: false),
                    MinimumSettings = table.Column<int>(type: "int", nullable: false),
                    RequireConsecutiveKeyStages = table.Column<bool>(type: "bit", nullable: false),
                    RequireScienceForPrimary = table.Column<bool>(type: "bit", nullable: false),
                    DiscretionAllowed = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityPolicies", x => x.Version);
                });

            migrationBuilder.InsertData(
                table: "EligibilityPolicies",
                columns: new[] { "Version", "CreatedAt", "DiscretionAllowed", "MinimumSettings", "MinimumYearsOfTeaching", "RequireConsecutiveKeyStages", "RequireScienceForPrimary" },
                values: new object[] { 1, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), "Experience,AgeRange", 2, 2m, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EligibilityPolicies");

            migrationBuilder.DropColumn(
                name: "Application",
                table: "Candidates");
        }
    }
}
