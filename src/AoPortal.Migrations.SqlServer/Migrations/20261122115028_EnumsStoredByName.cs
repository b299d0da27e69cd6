using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EnumsStoredByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "EvidenceItems",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "EvidenceItems",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "AssessmentRecords",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "AssessmentRecords",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int");

            // Rows written before this migration hold the enums' numbers; name them. (The JSON parts of these tables,
            // added in the same release, had no data anywhere before this migration.)
            migrationBuilder.Sql("UPDATE AssessmentRecords SET Kind = CASE Kind WHEN '0' THEN 'Observation' WHEN '1' THEN 'ProfessionalDiscussion' ELSE Kind END, Status = CASE Status WHEN '0' THEN 'Draft' WHEN '1' THEN 'Shared' ELSE Status END");
            migrationBuilder.Sql("UPDATE EvidenceItems SET Kind = CASE Kind WHEN '0' THEN 'LessonPlan' WHEN '1' THEN 'PupilsWork' WHEN '2' THEN 'AssessmentData' WHEN '3' THEN 'ReflectiveAssignment' WHEN '4' THEN 'CpdRecord' WHEN '5' THEN 'CommunicationWithParents' WHEN '6' THEN 'MentorObservation' WHEN '7' THEN 'Other' ELSE Kind END, Status = CASE Status WHEN '0' THEN 'AwaitingReview' WHEN '1' THEN 'Accepted' WHEN '2' THEN 'MoreRequested' ELSE Status END");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Status",
                table: "EvidenceItems",
                type: "int",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "EvidenceItems",
                type: "int",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<int>(
                name: "Status",
                table: "AssessmentRecords",
                type: "int",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "AssessmentRecords",
                type: "int",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40);
        }
    }
}
