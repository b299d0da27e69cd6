namespace AoPortal.Web.Tests.Support;

/// <summary>The accounts and records the demo seeder makes (AoPortal.Infrastructure.Seeding.DemoDataSeeder).</summary>
public static class DemoAccounts
{
    public const string Password = "AoPortal-demo-2026";

    public const string Admin = "admin@demo.test";
    public const string Assessor = "assessor@demo.test";
    public const string Moderator = "moderator@demo.test";
    public const string SchoolLead = "schoollead@demo.test";
    public const string Candidate = "candidate@demo.test";

    public const string OakfieldPrimary = "Oakfield Primary School";
    public const string OakfieldUrn = "100001";
    public const string RiversideAcademy = "Riverside Academy";
}
