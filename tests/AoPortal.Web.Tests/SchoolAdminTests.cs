using AoPortal.Domain.Schools;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class SchoolAdminTests(PortalFactory factory)
{
    private const string NewSchoolForm = "form[action='/admin/schools/new']";

    [Fact]
    public async Task An_admin_adds_a_school_in_England_and_sees_it_listed()
    {
        var urn = await UnusedUrnAsync();
        var name = $"Meadowbank Primary {urn}";
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/schools/new", NewSchoolForm, EnglishSchool(name, urn));

        Assert.Equal("/admin/schools", response.RedirectTarget());
        var list = await admin.FollowAsync(response);
        PageAssert.SuccessBanner(list, $"{name} has been added");
        var row = Assert.Single(PageAssert.TableRows(list), r => r.Contains(name));
        Assert.Contains(urn, row);
        Assert.Contains("Kirklees", row);
        var school = await factory.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Urn == urn));
        Assert.Equal(name, school.Name);
        Assert.Equal(SchoolPhase.Primary, school.Phase);
        Assert.Equal("England", school.Country);
        Assert.Equal("HD1 2AB", school.Postcode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == school.Id));
        Assert.Equal("School added", audit.Action);
        Assert.Equal("Alex Admin", audit.ActorName);
    }

    [Fact]
    public async Task A_school_in_England_without_a_URN_is_refused_with_the_error_linked_to_the_field()
    {
        var before = await SchoolCountAsync();
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/schools/new", NewSchoolForm, Fields.Of(
            ("Form.Name", "No Urn School"), ("Form.Country", "England"), ("Form.Urn", ""), ("Form.Phase", "Primary"),
            ("Form.LocalAuthority", "Leeds"), ("Form.Postcode", "LS1 1AA")));

        var page = await response.ReadPageAsync();
        Assert.Equal("Error: Add a school", page.Title?.Split(" – ")[0]);
        PageAssert.ErrorSummaryLists(page, "Enter the school's URN", "form-urn");
        PageAssert.FieldHasError(page, "form-urn", "Enter the school's URN");
        Assert.Equal("No Urn School", page.GetElementById("form-name")?.GetAttribute("value"));
        Assert.Equal(before, await SchoolCountAsync());
    }

    [Fact]
    public async Task Every_missing_answer_is_listed_and_shown_on_its_field()
    {
        var before = await SchoolCountAsync();
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/schools/new", NewSchoolForm, Fields.Of(
            ("Form.Name", ""), ("Form.Country", "England"), ("Form.Urn", "12345"), ("Form.Phase", ""),
            ("Form.LocalAuthority", ""), ("Form.Postcode", "not a postcode")));

        var page = await response.ReadPageAsync();
        (string Field, string Message)[] expected =
        [
            ("form-name", "Enter the school's name"),
            ("form-urn", "URN must be 6 digits"),
            ("form-phase", "Select the school's phase"),
            ("form-localauthority", "Enter the local authority"),
            ("form-postcode", "Enter a real postcode"),
        ];
        foreach (var (field, message) in expected)
        {
            PageAssert.ErrorSummaryLists(page, message, field);
            PageAssert.FieldHasError(page, field, message);
        }

        Assert.Equal(before, await SchoolCountAsync());
    }

    [Fact]
    public async Task A_URN_already_on_the_list_is_refused()
    {
        var before = await SchoolCountAsync();
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/schools/new", NewSchoolForm, EnglishSchool("Oakfield Copy School", DemoAccounts.OakfieldUrn));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, $"A school with URN {DemoAccounts.OakfieldUrn} is already on the list", "form-urn");
        PageAssert.FieldHasError(page, "form-urn", $"A school with URN {DemoAccounts.OakfieldUrn} is already on the list");
        Assert.Equal(before, await SchoolCountAsync());
    }

    [Fact]
    public async Task An_overseas_school_is_added_without_a_URN()
    {
        var name = $"Escola Internacional {Guid.NewGuid():N}"[..30];
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/schools/new", NewSchoolForm, Fields.Of(
            ("Form.Name", name), ("Form.Country", "Portugal"), ("Form.Urn", ""), ("Form.Phase", "Secondary"),
            ("Form.LocalAuthority", ""), ("Form.Postcode", "")));

        Assert.Equal("/admin/schools", response.RedirectTarget());
        var row = Assert.Single(PageAssert.TableRows(await admin.FollowAsync(response)), r => r.Contains(name));
        Assert.Contains("None", row);
        Assert.Contains("Portugal", row);
        var school = await factory.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Name == name));
        Assert.Null(school.Urn);
        Assert.Equal("Portugal", school.Country);
    }

    [Fact]
    public async Task An_overseas_school_cannot_have_a_URN()
    {
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/schools/new", NewSchoolForm, Fields.Of(
            ("Form.Name", "Overseas With Urn"), ("Form.Country", "France"), ("Form.Urn", "123456"), ("Form.Phase", "Primary")));

        PageAssert.FieldHasError(await response.ReadPageAsync(), "form-urn", "Leave the URN blank for a school outside England");
        Assert.False(await factory.WithDbAsync(db => db.Schools.AnyAsync(s => s.Name == "Overseas With Urn")));
    }

    [Fact]
    public async Task An_admin_changes_a_schools_name()
    {
        var (id, _) = await AddSchoolAsync();
        var admin = await AdminAsync();
        var edit = await admin.GetPageAsync($"/admin/schools/{id}/edit");
        var newName = $"Renamed School {Guid.NewGuid():N}"[..24];

        using var response = await admin.PostFormAsync(edit, $"form[action='/admin/schools/{id}/edit']", Fields.Of(("Form.Name", newName)));

        Assert.Equal("/admin/schools", response.RedirectTarget());
        var list = await admin.FollowAsync(response);
        PageAssert.SuccessBanner(list, $"{newName} has been updated");
        Assert.Single(PageAssert.TableRows(list), r => r.Contains(newName));
        Assert.Equal(newName, await factory.WithDbAsync(db => db.Schools.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == id && a.Action == "School details changed")));
    }

    [Fact]
    public async Task A_change_made_from_an_out_of_date_form_is_refused_and_keeps_the_other_change()
    {
        var (id, _) = await AddSchoolAsync();
        var first = await AdminAsync();
        var second = await AdminAsync();
        var firstForm = await first.GetPageAsync($"/admin/schools/{id}/edit");
        var secondForm = await second.GetPageAsync($"/admin/schools/{id}/edit");
        var form = $"form[action='/admin/schools/{id}/edit']";

        using var saved = await first.PostFormAsync(firstForm, form, Fields.Of(("Form.Name", "First Editor Wins")));
        Assert.Equal("/admin/schools", saved.RedirectTarget());
        using var stale = await second.PostFormAsync(secondForm, form, Fields.Of(("Form.Name", "Second Editor Loses")));

        var page = await stale.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Someone else changed this record");
        Assert.Equal("First Editor Wins", await factory.WithDbAsync(db => db.Schools.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == id && a.Detail == "Second Editor Loses")));
    }

    [Fact]
    public async Task Changing_a_school_to_another_schools_URN_is_refused()
    {
        var (id, _) = await AddSchoolAsync();
        var admin = await AdminAsync();
        var edit = await admin.GetPageAsync($"/admin/schools/{id}/edit");

        using var response = await admin.PostFormAsync(edit, $"form[action='/admin/schools/{id}/edit']", Fields.Of(("Form.Urn", DemoAccounts.OakfieldUrn)));

        PageAssert.FieldHasError(await response.ReadPageAsync(), "form-urn", $"A school with URN {DemoAccounts.OakfieldUrn} is already on the list");
        Assert.NotEqual(DemoAccounts.OakfieldUrn, await factory.WithDbAsync(db => db.Schools.Where(s => s.Id == id).Select(s => s.Urn).SingleAsync()));
    }

    private async Task<PortalClient> AdminAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Admin);
        return client;
    }

    private async Task<(Guid Id, string Urn)> AddSchoolAsync()
    {
        var urn = await UnusedUrnAsync();
        var admin = await AdminAsync();
        using var response = await admin.PostFormAsync("/admin/schools/new", NewSchoolForm, EnglishSchool($"Edit Me School {urn}", urn));
        Assert.Equal("/admin/schools", response.RedirectTarget());
        return (await factory.WithDbAsync(db => db.Schools.Where(s => s.Urn == urn).Select(s => s.Id).SingleAsync()), urn);
    }

    private async Task<string> UnusedUrnAsync()
    {
        var used = await factory.WithDbAsync(db => db.Schools.Where(s => s.Urn != null).Select(s => s.Urn!).ToListAsync());
        return Enumerable.Range(200000, 1000).Select(n => n.ToString()).First(u => !used.Contains(u));
    }

    private Task<int> SchoolCountAsync() => factory.WithDbAsync(db => db.Schools.CountAsync());

    private static List<KeyValuePair<string, string>> EnglishSchool(string name, string urn) => Fields.Of(
        ("Form.Name", name), ("Form.Country", "England"), ("Form.Urn", urn), ("Form.Phase", "Primary"),
        ("Form.LocalAuthority", "Kirklees"), ("Form.Postcode", "HD1 2AB"));
}
