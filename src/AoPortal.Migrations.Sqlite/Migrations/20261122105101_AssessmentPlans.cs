using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AssessorId",
                table: "Candidates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessorName",
                table: "Candidates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AssessmentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedEndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeRange = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Subjects = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxExtensionWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDeferralDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Deferrals = table.Column<string>(type: "TEXT", nullable: true),
                    Extensions = table.Column<string>(type: "TEXT", nullable: true),
                    Milestones = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentPlans_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTemplates",
                columns: table => new
                {
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    LengthWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxExtensionWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDeferralDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Milestones = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTemplates", x => x.Version);
                });

            migrationBuilder.InsertData(
                table: "PlanTemplates",
                columns: new[] { "Version", "CreatedAt", "LengthWeeks", "MaxDeferralDays", "MaxExtensionWeeks", "Milestones" },
                values: new object[] { 1, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), 12, 90, 4, "[{\"Kind\":\"InitialMeeting\",\"Title\":\"Initial meeting\",\"WeekOffset\":0},{\"Kind\":\"BaselineObservation\",\"Title\":\"Baseline observation\",\"WeekOffset\":1},{\"Kind\":\"AssessorVisit\",\"Title\":\"First assessor visit\",\"WeekOffset\":3},{\"Kind\":\"PortfolioCheckpoint\",\"Title\":\"First portfolio checkpoint\",\"WeekOffset\":4},{\"Kind\":\"AssessorVisit\",\"Title\":\"Second assessor visit\",\"WeekOffset\":6},{\"Kind\":\"PortfolioCheckpoint\",\"Title\":\"Second portfolio checkpoint\",\"WeekOffset\":8},{\"Kind\":\"AssessorVisit\",\"Title\":\"Third assessor visit\",\"WeekOffset\":9},{\"Kind\":\"ProfessionalDiscussion\",\"Title\":\"Professional discussion\",\"WeekOffset\":10},{\"Kind\":\"FinalAssessment\",\"Title\":\"Final assessment\",\"WeekOffset\":11},{\"Kind\":\"Moderation\",\"Title\":\"Moderation\",\"WeekOffset\":12}]" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_AssessorId",
                table: "Candidates",
                column: "AssessorId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPlans_CandidateId",
                table: "AssessmentPlans",
                column: "CandidateId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Candidates_AspNetUsers_AssessorId",
                table: "Candidates",
                column: "AssessorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Candidates_AspNetUsers_AssessorId",
                table: "Candidates");

            migrationBuilder.DropTable(
                name: "AssessmentPlans");

            migrationBuilder.DropTable(
                name: "PlanTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_AssessorId",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "AssessorId",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "AssessorName",
                table: "Candidates");
        }
    }
}
