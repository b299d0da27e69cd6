using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Recommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WithdrawalDetail",
                table: "Candidates",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Candidates",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RequirementsMetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgeRange = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Subjects = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Strengths = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    InductionTargets = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ProposedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProposedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConfirmedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConfirmedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SnapshotSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ExportId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ExportedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WithdrawnByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    QtsAwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Judgements = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Returns = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterExports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Candidates = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterExports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_CandidateId_Status",
                table: "Recommendations",
                columns: new[] { "CandidateId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_Status_ExportId",
                table: "Recommendations",
                columns: new[] { "Status", "ExportId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterExports_Number",
                table: "RegisterExports",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "RegisterExports");

            migrationBuilder.DropColumn(
                name: "WithdrawalDetail",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Candidates");
        }
    }
}
