using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EvidenceByCandidateWithStandards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceItems_CandidateId",
                table: "EvidenceItems");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_CandidateId_Status_Standards",
                table: "EvidenceItems",
                columns: new[] { "CandidateId", "Status", "Standards" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceItems_CandidateId_Status_Standards",
                table: "EvidenceItems");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_CandidateId",
                table: "EvidenceItems",
                column: "CandidateId");
        }
    }
}
