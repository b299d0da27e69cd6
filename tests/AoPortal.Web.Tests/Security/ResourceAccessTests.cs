using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AoPortal.Application.Abstractions;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Web.Tests.Security;

/// <summary>
/// Record-level access: the role lets a person in (<see cref="AuthorizationMatrixTests"/>), the record must be theirs to see or
/// change. Each write is made with a valid form and the person's own antiforgery token, so only the record check can refuse it,
/// and each checks that the database did not change. Where each kind of record is covered:
/// <list type="bullet">
/// <item>application: ApplicationExperienceTests.A_candidate_cannot_see_change_or_remove_another_candidates_post; the /application
/// pages load only the signed-in candidate's record, and staff's /candidates/{id}/application is provider staff only (the matrix).</item>
/// <item>document (certificate): CertificateUploadTests.Staff_download_it_as_an_attachment_and_another_candidate_cannot; here, by every address.</item>
/// <item>observation and discussion: RecordsTests.Only_the_candidates_assessor_a_moderator_or_an_admin_records and
/// A_candidate_cannot_reflect_on_another_candidates_record; here, reading another's, and amending or sharing outside the caseload.</item>
/// <item>evidence file: EvidenceUploadTests.Downloads_are_attachments_for_people_allowed_to_see_the_candidate_only and
/// Another_candidate_cannot_add_to_a_portfolio_that_is_not_theirs; EvidenceReviewTests.An_assessor_not_allocated_to_the_candidate_may_neither_see_the_form_nor_review;
/// here, a new version of another's item.</item>
/// <item>judgement: RecommendationTests.Only_the_candidates_assessor_a_moderator_or_an_admin_may_judge_or_propose (a final judgement);
/// here, the proposal and fundamental skills outside the caseload.</item>
/// <item>export: EvidenceReviewTests.Someone_who_cannot_manage_the_candidate_cannot_export_the_portfolio (portfolio);
/// RegisterExportTests.Only_admins_may_see_or_make_exports_and_unknown_exports_are_not_found (Register file);
/// OutcomeTests.Another_candidate_gets_not_found and The_school_lead_of_another_school_gets_not_found (outcome and hand-over).</item>
/// <item>plan: AssessmentPlanTests.An_assessor_who_is_not_allocated_cannot_start_or_change_the_plan and
/// The_candidate_and_their_school_lead_read_the_plan_and_others_cannot.</item>
/// <item>another school's lead: SchoolLeadViewTests.The_progress_page_is_not_found_for_another_schools_lead_or_another_candidate,
/// ReviewAccessTests.A_school_lead_cannot_open_the_support_page_for_another_schools_candidate; here, every page and confirming support.</item>
/// <item>moderation: ModerationTests.A_moderator_who_is_the_candidates_assessor_cannot_moderate_even_holding_both_roles; here,
/// the moderator who proposed the outcome.</item>
/// </list>
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ResourceAccessTests(PortalFactory factory)
{
    [Fact]
    public async Task Another_candidate_finds_none_of_a_candidates_records_by_any_address()
    {
        var owner = await CandidatesWithRecords.CreateAsync(factory);
        var other = await CandidatesWithRecords.CreateAsync(factory);
        var intruder = await CandidatesWithRecords.SignedInAsync(factory, other);

        foreach (var path in RecordPaths(owner).Concat(
                 [
                     $"/application/documents/{owner.DocumentId}",
                     // The intruder's own candidate id with the owner's record ids.
                     $"/candidates/{other.Id}/assessment/records/{owner.ObservationId}",
                     $"/candidates/{other.Id}/assessment/records/{owner.DiscussionId}",
                     $"/candidates/{other.Id}/evidence/{owner.EvidenceItemId}",
                     $"/candidates/{other.Id}/evidence/{owner.EvidenceItemId}/files/{owner.EvidenceFileId}",
                     $"/candidates/{other.Id}/evidence/{other.EvidenceItemId}/files/{owner.EvidenceFileId}",
                 ]))
            await AssertNotFoundAsync(intruder, path, owner);

        // Provider staff's copy of the certificate is closed to candidates by role.
        Assert.Equal(HttpStatusCode.Forbidden, (await intruder.GetAsync($"/candidates/{owner.Id}/documents/{owner.DocumentId}")).StatusCode);
    }

    [Fact]
    public async Task Another_candidate_cannot_add_a_version_to_a_candidates_evidence()
    {
        var owner = await CandidatesWithRecords.CreateAsync(factory);
        var other = await CandidatesWithRecords.CreateAsync(factory);
        var intruder = await CandidatesWithRecords.SignedInAsync(factory, other);
        var before = await ItemAsync(owner.MoreRequestedItemId);

        foreach (var candidateId in new[] { owner.Id, other.Id })
        {
            using var posted = await PostVersionAsync(intruder, candidateId, owner.MoreRequestedItemId, before.Version);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        var after = await ItemAsync(owner.MoreRequestedItemId);
        Assert.Equal((1, EvidenceStatus.MoreRequested, before.Version), (after.Versions.Count, after.Status, after.Version));
        // The owner may: the refusal is about whose item it is, not the form.
        using var own = await PostVersionAsync(await CandidatesWithRecords.SignedInAsync(factory, owner), owner.Id, owner.MoreRequestedItemId, before.Version);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(2, (await ItemAsync(owner.MoreRequestedItemId)).Versions.Count);
    }

    [Fact]
    public async Task A_school_lead_of_another_school_finds_none_of_a_candidates_records()
    {
        var oakfield = await CandidatesWithRecords.CreateAsync(factory);
        var riversideLead = await OtherSchoolLeadAsync();

        foreach (var path in RecordPaths(oakfield).Append($"/school/candidates/{oakfield.Id}/support"))
            await AssertNotFoundAsync(riversideLead, path, oakfield);

        // Their own school lead sees the same addresses, so the refusal is about the school.
        var ownLead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        foreach (var path in RecordPaths(oakfield))
            Assert.Equal(HttpStatusCode.OK, (await ownLead.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_school_lead_of_another_school_cannot_confirm_support_for_a_candidate()
    {
        var applicant = await ReviewCandidates.CreateAsync(factory);
        var riversideLead = await OtherSchoolLeadAsync();
        var before = await ReviewCandidates.LoadAsync(factory, applicant.Id);

        using var posted = await riversideLead.PostRawAsync($"/school/candidates/{applicant.Id}/support", Fields.Of(
            ("__RequestVerificationToken", await TokenAsync(riversideLead)),
            ("Form.Statement", "We support this assessment."), ("Form.MentorName", "Not Their Mentor")));

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        var after = await ReviewCandidates.LoadAsync(factory, applicant.Id);
        Assert.Null(after.Review.SchoolSupport);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task An_assessor_outside_the_caseload_cannot_change_or_share_an_observation_or_discussion()
    {
        var candidate = await CandidatesWithRecords.CreateAsync(factory);
        var sam = await factory.SignedInAsync(DemoAccounts.Assessor);
        var other = await OtherAssessorAsync();
        var token = await TokenAsync(other);
        var records = $"/candidates/{candidate.Id}/assessment/records";
        var before = await RecordsAsync(candidate);

        // Each form as the allocated assessor sees it, filled in and posted with the other assessor's own token.
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{records}/{candidate.DraftId}/edit")).StatusCode);
        using (var draft = await other.PostFormAsync(await sam.GetPageAsync($"{records}/{candidate.DraftId}/edit"),
                   $"form[action='{records}/{candidate.DraftId}/edit']", Fields.Of(("Form.Focus", "Not mine"), ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{records}/{candidate.DraftId}/share")).StatusCode);
        using (var share = await other.PostFormAsync(await sam.GetPageAsync($"{records}/{candidate.DraftId}/share"),
                   $"form[action='{records}/{candidate.DraftId}/share']", Fields.Of(("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.Forbidden, share.StatusCode);
        using (var amend = await other.PostFormAsync(await sam.GetPageAsync($"{records}/{candidate.DiscussionId}/edit"),
                   $"form[action='{records}/{candidate.DiscussionId}/edit']",
                   Fields.Of(("Form.Notes", "Not mine"), ("Form.AmendmentReason", "Not mine"), ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.Forbidden, amend.StatusCode);

        var after = await RecordsAsync(candidate);
        Assert.Equal(before.Select(r => (r.Id, r.Version, r.Status)), after.Select(r => (r.Id, r.Version, r.Status)));
        Assert.Equal(RecordStatus.Draft, after.Single(r => r.Id == candidate.DraftId).Status);
    }

    [Fact]
    public async Task An_assessor_cannot_change_another_assessors_candidates_records_through_their_own_candidates_address()
    {
        var own = await CandidatesWithRecords.CreateAsync(factory);
        var otherEmail = TestAccounts.UniqueEmail("other-assessor");
        await TestAccounts.CreateAsync(factory, "Olu Other", otherEmail, PortalRole.Assessor);
        var theirs = await CandidatesWithRecords.CreateAsync(factory, assessorEmail: otherEmail, assessorName: "Olu Other");
        var sam = await factory.SignedInAsync(DemoAccounts.Assessor);
        var token = await TokenAsync(sam);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var item = await ItemAsync(theirs.AwaitingReviewItemId);
        var records = await RecordsAsync(theirs);
        var plan = await PlanAsync(theirs.Id);
        var ownPlan = await PlanAsync(own.Id);
        var today = AssessmentCandidates.Today(factory);

        using (var review = await sam.PostRawAsync($"/candidates/{own.Id}/evidence/{theirs.AwaitingReviewItemId}/review", Fields.Of(
                   ("Form.Outcome", "Accept"), ("Form.Version", item.Version.ToString()), ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        // Their draft's form, as someone who may change it sees it, sent to the address of Sam's own candidate.
        var edit = await admin.GetPageAsync($"/candidates/{theirs.Id}/assessment/records/{theirs.DraftId}/edit");
        var form = edit.QuerySelector($"form[action='/candidates/{theirs.Id}/assessment/records/{theirs.DraftId}/edit']")!;
        form.SetAttribute("action", $"/candidates/{own.Id}/assessment/records/{theirs.DraftId}/edit");
        using (var changed = await sam.PostFormAsync(edit, $"form[action='/candidates/{own.Id}/assessment/records/{theirs.DraftId}/edit']",
                   Fields.Of(("Form.Focus", "Not mine"), ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        using (var shared = await sam.PostRawAsync($"/candidates/{own.Id}/assessment/records/{theirs.DraftId}/share", Fields.Of(
                   ("version", records.Single(r => r.Id == theirs.DraftId).Version.ToString()), ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.NotFound, shared.StatusCode);
        using (var done = await sam.PostRawAsync($"/candidates/{own.Id}/assessment/milestones/{theirs.MilestoneId}/done", Fields.Of(
                   ("Form.Version", ownPlan.Version.ToString()), ("Form.CompletedOn.Day", today.Day.ToString()), ("Form.CompletedOn.Month", today.Month.ToString()),
                   ("Form.CompletedOn.Year", today.Year.ToString()), ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.NotFound, done.StatusCode);

        var itemAfter = await ItemAsync(theirs.AwaitingReviewItemId);
        Assert.Equal((EvidenceStatus.AwaitingReview, item.Version), (itemAfter.Status, itemAfter.Version));
        Assert.Equal(records.Select(r => (r.Id, r.Version, r.Status)), (await RecordsAsync(theirs)).Select(r => (r.Id, r.Version, r.Status)));
        var planAfter = await PlanAsync(theirs.Id);
        Assert.Equal(plan.Version, planAfter.Version);
        Assert.False(planAfter.Milestones.Single(m => m.Id == theirs.MilestoneId).IsDone);
        Assert.Equal(ownPlan.Version, (await PlanAsync(own.Id)).Version);
    }

    [Fact]
    public async Task An_assessor_outside_the_caseload_cannot_propose_an_outcome_or_confirm_fundamental_skills()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory);
        var sam = await factory.SignedInAsync(DemoAccounts.Assessor);
        var other = await OtherAssessorAsync();
        var token = await TokenAsync(other);
        var page = $"/candidates/{candidate.Id}/recommendation";
        var before = (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Version;
        var metOn = AssessmentCandidates.Today(factory).AddDays(-3);

        using (var propose = await other.PostFormAsync(await sam.GetPageAsync($"{page}/propose"), $"form[action='{page}/propose']", Fields.Of(
                   ("Form.Outcome", "Recommend"), ("Form.RequirementsMetOn.Day", metOn.Day.ToString()), ("Form.RequirementsMetOn.Month", metOn.Month.ToString()),
                   ("Form.RequirementsMetOn.Year", metOn.Year.ToString()), ("Form.Strengths", "Not mine"), ("Form.InductionTargets", "Not mine"),
                   ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.Forbidden, propose.StatusCode);
        using (var skills = await other.PostRawAsync($"{page}/fundamental-skills", Fields.Of(
                   ("Form.Version", before.ToString()), ("Form.Confirmed", "true"), ("Form.Note", "Not mine"), ("__RequestVerificationToken", token))))
            Assert.Equal(HttpStatusCode.Forbidden, skills.StatusCode);

        Assert.Equal(before, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Version);
        Assert.NotEqual(RecommendationStatus.Proposed, (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    [Fact]
    public async Task A_moderator_who_proposed_the_outcome_cannot_moderate_it()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory);
        var email = TestAccounts.UniqueEmail("admin-moderator");
        await AccountWithRolesAsync("Ada Admin-Moderator", email, PortalRole.Admin, PortalRole.Moderator);
        var ada = factory.CreatePortalClient();
        await ada.SignInAsync(email, TestAccounts.Password);
        var propose = $"/candidates/{candidate.Id}/recommendation/propose";
        var metOn = AssessmentCandidates.Today(factory).AddDays(-3);
        using (var proposed = await ada.PostFormAsync(propose, $"form[action='{propose}']", Fields.Of(
                   ("Form.Outcome", "Recommend"), ("Form.RequirementsMetOn.Day", metOn.Day.ToString()), ("Form.RequirementsMetOn.Month", metOn.Month.ToString()),
                   ("Form.RequirementsMetOn.Year", metOn.Year.ToString()), ("Form.Strengths", "Calm routines"), ("Form.InductionTargets", "Adaptive teaching"))))
            Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var review = $"/candidates/{candidate.Id}/moderation";
        var before = await ReviewCandidates.LoadAsync(factory, candidate.Id);

        var page = await ada.GetPageAsync(review);
        Assert.NotNull(page.GetElementById("cannot-moderate"));
        Assert.Null(page.QuerySelector($"form[action='{review}']"));
        using var confirmed = await ada.PostRawAsync(review, Fields.Of(
            ("__RequestVerificationToken", await TokenAsync(ada)), ("Form.Outcome", "Confirm"), ("Form.Version", before.Version.ToString())));

        Assert.Equal(HttpStatusCode.Forbidden, confirmed.StatusCode);
        Assert.Equal(RecommendationStatus.Proposed, (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Equal(before.Version, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Version);
    }

    /// <summary>Every page showing one of the candidate's records, each naming a record the owner and their school lead may see.</summary>
    private static IEnumerable<string> RecordPaths(CandidateWithRecords c) =>
    [
        $"/candidates/{c.Id}/assessment",
        $"/candidates/{c.Id}/assessment/records",
        $"/candidates/{c.Id}/assessment/records/{c.ObservationId}",
        $"/candidates/{c.Id}/assessment/records/{c.DiscussionId}",
        $"/candidates/{c.Id}/evidence",
        $"/candidates/{c.Id}/evidence/{c.EvidenceItemId}",
        $"/candidates/{c.Id}/evidence/{c.EvidenceItemId}/files/{c.EvidenceFileId}",
        $"/candidates/{c.Id}/coverage",
        $"/candidates/{c.Id}/progress",
    ];

    private static async Task AssertNotFoundAsync(PortalClient client, string path, CandidateWithRecords owner)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path} answered {(int)response.StatusCode}, expected 404");
        Assert.DoesNotContain(owner.Candidate.FullName, body);
    }

    private Task<EvidenceItem> ItemAsync(Guid itemId) =>
        factory.WithDbAsync(db => db.EvidenceItems.AsNoTracking().SingleAsync(i => i.Id == itemId));

    private Task<List<AssessmentRecord>> RecordsAsync(CandidateWithRecords candidate) =>
        factory.WithDbAsync(db => db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == candidate.Id).OrderBy(r => r.Id).ToListAsync());

    private Task<AssessmentPlan> PlanAsync(Guid candidateId) =>
        factory.WithDbAsync(db => db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidateId));

    /// <summary>A new version of an item, with a PDF and a note, as the multipart form posts it.</summary>
    private static async Task<HttpResponseMessage> PostVersionAsync(PortalClient client, Guid candidateId, Guid itemId, Guid version)
    {
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client)), "__RequestVerificationToken" },
            { new StringContent(version.ToString()), "Form.Version" },
            { new StringContent("A clearer scan"), "Form.Note" },
        };
        var file = new ByteArrayContent(CandidatesWithRecords.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "Files", "plan-v2.pdf");
        return await client.Http.PostAsync($"/candidates/{candidateId}/evidence/{itemId}/versions", multipart);
    }

    /// <summary>An antiforgery token the person may hold: from the sign-out button on a page everyone signed in sees.</summary>
    private static async Task<string> TokenAsync(PortalClient client) =>
        TokenOn(await client.GetPageAsync("/standards"));

    private static string TokenOn(IDocument page) =>
        page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? throw new InvalidOperationException("No antiforgery token on the page");

    private async Task<PortalClient> OtherSchoolLeadAsync()
    {
        var email = TestAccounts.UniqueEmail("riverside-lead");
        await TestAccounts.CreateAsync(factory, "Rita Riverside", email, PortalRole.SchoolLead, schoolId: await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy));
        return await factory.SignedInAsync(email, TestAccounts.Password);
    }

    private async Task<PortalClient> OtherAssessorAsync()
    {
        var email = TestAccounts.UniqueEmail("other-assessor");
        await TestAccounts.CreateAsync(factory, "Olu Other", email, PortalRole.Assessor);
        return await factory.SignedInAsync(email, TestAccounts.Password);
    }

    /// <summary>An account holding several roles, made the way the portal makes accounts, with <see cref="TestAccounts.Password"/>.</summary>
    private Task<Guid> AccountWithRolesAsync(string displayName, string email, params PortalRole[] roles) =>
        factory.WithServicesAsync(async services =>
        {
            var userId = await services.GetRequiredService<IUserAccounts>().CreateAsync(new NewUserAccount(displayName, email, roles, null), CancellationToken.None);
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var result = await users.AddPasswordAsync((await users.FindByIdAsync(userId.ToString()))!, TestAccounts.Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            return userId;
        });
}
