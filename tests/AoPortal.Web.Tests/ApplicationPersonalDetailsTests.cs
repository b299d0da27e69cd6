using System.Net;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ApplicationPersonalDetailsTests(PortalFactory factory)
{
    private const string Page = "/application/personal-details";
    private const string Form = ApplicationApplicants.PersonalDetailsForm;

    [Fact]
    public async Task A_missing_date_of_birth_is_shown_as_a_govuk_error_and_nothing_is_saved()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync(Page, Form, With(("Form.DateOfBirth.Day", ""), ("Form.DateOfBirth.Month", ""), ("Form.DateOfBirth.Year", "")));

        var page = await response.ReadPageAsync();
        Assert.StartsWith("Error: Personal details", page.Title);
        PageAssert.ErrorSummaryLists(page, "Enter your date of birth", "form-dateofbirth");
        PageAssert.FieldHasError(page, "form-dateofbirth", "Enter your date of birth");
        Assert.Equal("Day", page.QuerySelector("label[for='form-dateofbirth']")?.TextContent.Trim());
        Assert.Equal("Form.DateOfBirth.Day", page.GetElementById("form-dateofbirth")?.GetAttribute("name"));
        Assert.Equal("Form.DateOfBirth.Month", page.GetElementById("form-dateofbirth-month")?.GetAttribute("name"));
        Assert.Equal("Form.DateOfBirth.Year", page.GetElementById("form-dateofbirth-year")?.GetAttribute("name"));
        Assert.Equal(3, page.QuerySelectorAll("input.govuk-date-input__input.govuk-input--error").Length);
        Assert.Equal("Ada Mary", page.GetElementById("form-legalfirstnames")?.GetAttribute("value"));
        Assert.Equal("1 High Street\nLeeds", page.GetElementById("form-address")?.TextContent);
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.PersonalDetails);
    }

    [Theory]
    [InlineData("31", "2", "1990", "Your date of birth must be a real date")]
    [InlineData("1", "13", "1990", "Your date of birth must be a real date")]
    [InlineData("1", "1", "1949", "Your date of birth must be in 1950 or later")]
    public async Task A_date_of_birth_that_is_not_a_real_date_is_refused(string day, string month, string year, string message)
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync(Page, Form, With(("Form.DateOfBirth.Day", day), ("Form.DateOfBirth.Month", month), ("Form.DateOfBirth.Year", year)));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, message, "form-dateofbirth");
        PageAssert.FieldHasError(page, "form-dateofbirth", message);
        Assert.Equal(day, page.GetElementById("form-dateofbirth")?.GetAttribute("value"));
        Assert.Equal(month, page.GetElementById("form-dateofbirth-month")?.GetAttribute("value"));
        Assert.Equal(year, page.GetElementById("form-dateofbirth-year")?.GetAttribute("value"));
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.PersonalDetails);
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_refused()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var nextYear = (factory.Clock.GetUtcNow().Year + 1).ToString();

        using var response = await applicant.Client.PostFormAsync(Page, Form, With(("Form.DateOfBirth.Year", nextYear)));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Your date of birth must be today or in the past", "form-dateofbirth");
        PageAssert.FieldHasError(page, "form-dateofbirth", "Your date of birth must be today or in the past");
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.PersonalDetails);
    }

    [Fact]
    public async Task Someone_under_18_is_told_so_on_the_date_of_birth()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var tenYearsAgo = (factory.Clock.GetUtcNow().Year - 10).ToString();

        using var response = await applicant.Client.PostFormAsync(Page, Form, With(("Form.DateOfBirth.Year", tenYearsAgo)));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "You must be at least 18 to apply", "form-dateofbirth");
        PageAssert.FieldHasError(page, "form-dateofbirth", "You must be at least 18 to apply");
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.PersonalDetails);
    }

    [Fact]
    public async Task A_trn_that_is_not_7_digits_is_refused_and_other_errors_are_listed_in_form_order()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync(Page, Form, With(("Form.Trn", "12345"), ("Form.LegalLastName", ""), ("Form.Phone", "call me")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "TRN must be 7 digits, like 1234567", "form-trn");
        PageAssert.FieldHasError(page, "form-trn", "TRN must be 7 digits, like 1234567");
        PageAssert.ErrorSummaryLists(page, "Enter your last name", "form-legallastname");
        Assert.Equal(
            ["Enter your last name", "Enter a phone number, like 01632 960 001 or +44 808 157 0192", "TRN must be 7 digits, like 1234567"],
            page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()));
        Assert.Equal("12345", page.GetElementById("form-trn")?.GetAttribute("value"));
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.PersonalDetails);
    }

    [Fact]
    public async Task Good_personal_details_are_saved_and_the_section_is_completed()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var form = await applicant.Client.GetPageAsync(Page);
        Assert.Equal("Personal details", PageAssert.Heading(form));
        Assert.Equal("/application", form.QuerySelector("a.govuk-back-link")?.GetAttribute("href"));
        Assert.Equal("7 digits; leave blank if you do not have one yet", form.GetElementById("form-trn-hint")?.TextContent.Trim());
        Assert.Equal("Date of birth", form.QuerySelector("fieldset[role='group'] legend")?.TextContent.Trim());
        Assert.Equal("Save and continue", form.QuerySelector($"{Form} button[type='submit']")?.TextContent.Trim());

        using var response = await applicant.Client.PostFormAsync(form, Form, ApplicationApplicants.GoodPersonalDetails());

        Assert.Equal("/application", response.RedirectTarget());
        var candidate = await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId);
        var details = candidate.Application.PersonalDetails;
        Assert.NotNull(details);
        Assert.Equal("Ada Mary", details.LegalFirstNames);
        Assert.Equal("Applicant", details.LegalLastName);
        Assert.Null(details.PreviousNames);
        Assert.Equal(new DateOnly(1988, 6, 14), details.DateOfBirth);
        Assert.Equal("1 High Street\nLeeds", details.Address.Replace("\r\n", "\n"));
        Assert.Equal("LS1 1AA", details.Postcode);
        Assert.Equal("1234567", details.Trn);
        Assert.Equal("1234567", candidate.Trn);

        var taskList = await applicant.Client.FollowAsync(response);
        PageAssert.NoErrors(taskList);
        Assert.Equal("Completed", taskList.QuerySelector("#task-list-1-status")?.TextContent.Trim());

        var again = await applicant.Client.GetPageAsync(Page);
        Assert.Equal("14", again.GetElementById("form-dateofbirth")?.GetAttribute("value"));
        Assert.Equal("6", again.GetElementById("form-dateofbirth-month")?.GetAttribute("value"));
        Assert.Equal("1988", again.GetElementById("form-dateofbirth-year")?.GetAttribute("value"));
        Assert.Equal("bday-day", again.GetElementById("form-dateofbirth")?.GetAttribute("autocomplete"));
        Assert.Equal("1 High Street\nLeeds", again.GetElementById("form-address")?.TextContent.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task The_form_is_refused_without_its_antiforgery_token()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostRawAsync(Page, ApplicationApplicants.GoodPersonalDetails());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.PersonalDetails);
    }

    /// <summary>Good details with some fields changed.</summary>
    private static List<KeyValuePair<string, string>> With(params (string Name, string Value)[] changes)
    {
        var fields = ApplicationApplicants.GoodPersonalDetails();
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return fields;
    }
}
