using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CandidateListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_LastName_FirstNames",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_Status",
                table: "Candidates");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_LastName_FirstNames_SearchName_Email_Trn",
                table: "Candidates",
                columns: new[] { "LastName", "FirstNames", "SearchName", "Email", "Trn" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Status_LastName_FirstNames",
                table: "Candidates",
                columns: new[] { "Status", "LastName", "FirstNames" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_LastName_FirstNames_SearchName_Email_Trn",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_Status_LastName_FirstNames",
                table: "Candidates");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_LastName_FirstNames",
                table: "Candidates",
                columns: new[] { "LastName", "FirstNames" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Status",
                table: "Candidates",
                column: "Status");
        }
    }
}
