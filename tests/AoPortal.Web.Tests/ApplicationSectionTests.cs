using AoPortal.Domain.Applications;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

/// <summary>The degree, GCSE, age range, declarations and school pages: their errors, and what they save.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicationSectionTests(PortalFactory factory)
{
    [Fact]
    public async Task A_degree_from_outside_the_uk_needs_its_uk_enic_reference()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var degree = Fields.Of(("Form.Subject", "Licence en histoire"), ("Form.Institution", "Université de Lyon"), ("Form.Country", "France"), ("Form.AwardYear", "2009"));

        using var refused = await applicant.Client.PostFormAsync("/application/degree", "form[action='/application/degree']", degree);

        var page = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the UK ENIC reference for a degree from outside the UK", "form-enicreference");
        PageAssert.FieldHasError(page, "form-enicreference", "Enter the UK ENIC reference for a degree from outside the UK");
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Degree);

        degree.Add(new("Form.EnicReference", "ENIC-4000123"));
        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/degree", degree, "/application/qualifications");
        var saved = (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Degree;
        Assert.NotNull(saved);
        Assert.Equal("ENIC-4000123", saved.EnicReference);
        Assert.Equal(2009, saved.AwardYear);
    }

    [Fact]
    public async Task A_degree_needs_its_subject_university_and_year()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync("/application/degree", "form[action='/application/degree']", Fields.Of(("Form.AwardYear", "09")));

        var page = await response.ReadPageAsync();
        Assert.StartsWith("Error: Your degree", page.Title);
        Assert.Equal(
            ["Enter the subject of your degree", "Enter the university or college that awarded your degree", "The year your degree was awarded must be a 4-digit year, like 2012"],
            page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()));
        PageAssert.FieldHasError(page, "form-awardyear", "must be a 4-digit year");
    }

    [Fact]
    public async Task A_gcse_equivalent_needs_its_name_and_the_answer_is_kept()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var form = await applicant.Client.GetPageAsync("/application/gcse/science");
        Assert.Equal("Science GCSE or equivalent", PageAssert.Heading(form));
        Assert.Equal("/application/qualifications", form.QuerySelector("a.govuk-back-link")?.GetAttribute("href"));
        Assert.Equal(
            ["GCSE", "Another qualification, such as an O level or an equivalency test"],
            form.QuerySelectorAll("input[name='Form.IsGcse'] + label").Select(l => l.TextContent.Trim()));

        using var refused = await applicant.Client.PostFormAsync(form, "form[action='/application/gcse/science']", Fields.Of(
            ("Form.IsGcse", "False"), ("Form.Grade", "Pass"), ("Form.Year", "2003")));

        var page = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the name of the equivalent qualification", "form-qualification");
        Assert.NotNull(page.QuerySelector("input[name='Form.IsGcse'][value='False'][checked]"));
        Assert.Empty((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Gcses);

        using var saved = await applicant.Client.PostFormAsync(page, "form[action='/application/gcse/science']", Fields.Of(("Form.Qualification", "GCSE science equivalency test")));
        Assert.Equal("/application/qualifications", saved.RedirectTarget());
        var science = Assert.Single((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Gcses);
        Assert.Equal(GcseSubject.Science, science.Subject);
        Assert.False(science.IsGcse);
        Assert.Equal("GCSE science equivalency test", science.Qualification);
    }

    [Fact]
    public async Task The_gcse_subject_comes_from_the_address_not_the_form()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/gcse/english", Fields.Of(
            ("Form.Subject", "Maths"), ("Form.IsGcse", "True"), ("Form.Grade", "7"), ("Form.Year", "2004")), "/application/qualifications");

        var english = Assert.Single((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Gcses);
        Assert.Equal(GcseSubject.English, english.Subject);
        Assert.Equal("GCSE", english.Qualification);
    }

    [Fact]
    public async Task A_secondary_age_range_needs_a_subject_and_a_confirmed_range_completes_the_section()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory, "5-11");
        var form = await applicant.Client.GetPageAsync("/application/age-range");
        Assert.NotNull(form.QuerySelector("input[name='Form.AgeRange'][value='5-11'][checked]"));

        using var refused = await applicant.Client.PostFormAsync(form, "form[action='/application/age-range']", Fields.Of(("Form.AgeRange", "11-16"), ("Form.Subjects", "")));

        var page = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the subject you teach", "form-subjects");
        PageAssert.FieldHasError(page, "form-subjects", "Enter the subject you teach");
        var unchanged = await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId);
        Assert.Equal("5-11", unchanged.IntendedAgeRange!.Value.Code);
        Assert.False(unchanged.Application.IntendedAssessmentConfirmed);

        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/age-range", Fields.Of(("Form.AgeRange", "11-16"), ("Form.Subjects", "Mathematics, Physics")));

        var saved = await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId);
        Assert.Equal("11-16", saved.IntendedAgeRange!.Value.Code);
        Assert.Equal(["Mathematics", "Physics"], saved.Subjects);
        Assert.True(saved.Application.IntendedAssessmentConfirmed);
        Assert.Equal("Completed", (await applicant.Client.GetPageAsync("/application")).QuerySelector("#task-list-4-status")?.TextContent.Trim());
        var qualifications = await applicant.Client.GetPageAsync("/application/qualifications");
        Assert.Equal(["English", "Maths"], qualifications.QuerySelectorAll("#gcses .govuk-summary-list__key").Select(k => k.TextContent.Trim()));
    }

    [Fact]
    public async Task Declarations_need_details_for_yes_answers_and_the_confirmation_ticked()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var refused = await applicant.Client.PostFormAsync("/application/declarations", "form[action='/application/declarations']", Fields.Of(
            ("Form.Health", "ConditionManaged"), ("Form.HasCriminalRecord", "True")));

        var page = await refused.ReadPageAsync();
        Assert.Equal(
            ["Describe any adjustments you need", "Give details of any cautions or convictions", "Confirm that the information in your application is true"],
            page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()));
        PageAssert.ErrorSummaryLists(page, "Describe any adjustments you need", "form-healthdetails");
        PageAssert.ErrorSummaryLists(page, "Confirm that the information in your application is true", "form-confirmedtrue");
        PageAssert.FieldHasError(page, "form-confirmedtrue", "Confirm that the information in your application is true");
        Assert.Equal("I confirm the information in my application is true", page.QuerySelector("label[for='form-confirmedtrue']")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[name='Form.Health'][value='ConditionManaged'][checked]"));
        Assert.Null(page.QuerySelector("input[name='Form.ConfirmedTrue'][checked]"));
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Declarations);

        using var saved = await applicant.Client.PostFormAsync(page, "form[action='/application/declarations']", Fields.Of(
            ("Form.HealthDetails", "Rest breaks"), ("Form.CriminalRecordDetails", "Speeding fine, 2004"), ("Form.ConfirmedTrue", "True")));

        Assert.Equal("/application", saved.RedirectTarget());
        var declarations = (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Declarations;
        Assert.NotNull(declarations);
        Assert.Equal(HealthDeclaration.ConditionManaged, declarations.Health);
        Assert.Equal("Rest breaks", declarations.HealthDetails);
        Assert.True(declarations.HasCriminalRecord);
        Assert.True(declarations.ConfirmedTrue);
        var again = await applicant.Client.GetPageAsync("/application/declarations");
        Assert.NotNull(again.QuerySelector("input[name='Form.ConfirmedTrue'][value='True'][checked]"));
        Assert.Equal("Speeding fine, 2004", again.GetElementById("form-criminalrecorddetails")?.TextContent);
    }

    [Fact]
    public async Task A_candidate_confirms_a_listed_school_or_names_one_that_is_not_listed()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var riverside = await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy);
        var form = await applicant.Client.GetPageAsync("/application/school");
        Assert.NotNull(form.QuerySelector($"#form-employingschoolid option[value='{oakfield}'][selected]"));

        using var refused = await applicant.Client.PostFormAsync(form, "form[action='/application/school']", Fields.Of(
            ("Form.SchoolNotListed", "True"), ("Form.RequestedSchoolName", "")));
        var page = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the name and town of your school", "form-requestedschoolname");
        Assert.NotNull(page.QuerySelector("input[name='Form.SchoolNotListed'][checked]"));
        Assert.False((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.SchoolConfirmed);

        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/school", Fields.Of(
            ("Form.SchoolNotListed", "True"), ("Form.RequestedSchoolName", "St Anne's Primary, Leeds")));
        var notListed = await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId);
        Assert.True(notListed.Application.SchoolConfirmed);
        Assert.Equal("St Anne's Primary, Leeds", notListed.Application.RequestedSchoolName);
        Assert.Contains("St Anne's Primary, Leeds (not listed yet)", (await applicant.Client.GetPageAsync("/application/check")).GetElementById("answers-school")?.TextContent);

        // The box is ticked now; unticking it posts nothing for it, which binds as false.
        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/school", Fields.Of(
            ("Form.EmployingSchoolId", riverside.ToString()), ("Form.SchoolNotListed", "False")));
        var listed = await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId);
        Assert.Equal(riverside, listed.EmployingSchoolId!.Value);
        Assert.Null(listed.Application.RequestedSchoolName);
    }

    [Fact]
    public async Task A_school_that_is_not_in_the_list_cannot_be_chosen()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync("/application/school", "form[action='/application/school']", Fields.Of(
            ("Form.EmployingSchoolId", Guid.NewGuid().ToString())));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Select a school from the list", "form-employingschoolid");
        Assert.False((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.SchoolConfirmed);
    }
}
