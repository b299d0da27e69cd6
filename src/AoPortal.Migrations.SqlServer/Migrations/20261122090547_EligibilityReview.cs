using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EligibilityReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EligibilityReview",
                table: "Candidates",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EligibilityReview",
                table: "Candidates");
        }
    }
}
