using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AoPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SelfRegistrationAndPolicyPublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangeReason",
                table: "EligibilityPolicies",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfferedAgeRanges",
                table: "EligibilityPolicies",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                // Versions published before this column existed offered the standard list.
                defaultValue: "3-7,3-11,5-11,7-11,7-14,11-16,11-18,14-19");

            migrationBuilder.AddColumn<string>(
                name: "PublishedByName",
                table: "EligibilityPolicies",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IntendedAgeRange",
                table: "Candidates",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(5)",
                oldMaxLength: 5);

            migrationBuilder.AlterColumn<Guid>(
                name: "EmployingSchoolId",
                table: "Candidates",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.UpdateData(
                table: "EligibilityPolicies",
                keyColumn: "Version",
                keyValue: 1,
                columns: new[] { "ChangeReason", "OfferedAgeRanges", "PublishedByName" },
                values: new object[] { null, "3-7,3-11,5-11,7-11,7-14,11-16,11-18,14-19", null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangeReason",
                table: "EligibilityPolicies");

            migrationBuilder.DropColumn(
                name: "OfferedAgeRanges",
                table: "EligibilityPolicies");

            migrationBuilder.DropColumn(
                name: "PublishedByName",
                table: "EligibilityPolicies");

            migrationBuilder.AlterColumn<string>(
                name: "IntendedAgeRange",
                table: "Candidates",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(5)",
                oldMaxLength: 5,
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "EmployingSchoolId",
                table: "Candidates",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);
        }
    }
}
