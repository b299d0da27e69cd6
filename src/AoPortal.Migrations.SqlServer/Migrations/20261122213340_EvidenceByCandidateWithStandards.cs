using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.SqlServer.Migrations
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
                name: "IX_EvidenceItems_CandidateId_Status",
                table: "EvidenceItems",
                columns: new[] { "CandidateId", "Status" })
                .Annotation("SqlServer:Include", new[] { "Standards" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceItems_CandidateId_Status",
                table: "EvidenceItems");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_CandidateId",
                table: "EvidenceItems",
                column: "CandidateId");
        }
    }
}
