using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditEntriesByAction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_SubjectType_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "Action", "SubjectType", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action_SubjectType_OccurredAt",
                table: "AuditEntries");
        }
    }
}
