using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;

namespace AoPortal.Domain.Tests.Evidence;

public class EvidenceItemTests
{
    public static readonly Guid CandidateId = Guid.Parse("5c0d7a41-8f0e-4d6b-9a6c-2b7e1f3d4c59");
    public static readonly DateOnly Today = new(2026, 10, 5);
    public static readonly DateTime Now = new(2026, 10, 5, 10, 0, 0, DateTimeKind.Utc);
    public static readonly Actor Candidate = new(Guid.Parse("0b6e5c4d-2a1f-4e3d-8c7b-6a5f4e3d2c1b"), "Daniel Evans");
    public static readonly Actor Assessor = new(Guid.Parse("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), "Sam Assessor");

    public static EvidenceFile File(string name = "plan.pdf") =>
        new(Guid.NewGuid().ToString("N"), name, "application/pdf", 1234, new string('a', 64));

    public static EvidenceItem LessonPlan(IEnumerable<string>? standards = null, bool scanned = true)
    {
        var (item, _) = EvidenceItem.Add(CandidateId, EvidenceKind.LessonPlan, "Year 9 equations", new DateOnly(2026, 9, 30), "Three-part lesson",
            null, standards ?? ["TS4", "TS1b"], true, [File()], null, Candidate, Now, Today);
        if (scanned) foreach (var f in item.Latest.Files) item.RecordScan(f.Id, ScanResult.Clean);
        return item;
    }

    [Fact]
    public void An_item_is_added_awaiting_review_with_its_first_version()
    {
        var (item, audit) = EvidenceItem.Add(CandidateId, EvidenceKind.LessonPlan, " Year 9 equations ", new DateOnly(2026, 9, 30), null,
            null, ["TS4", " TS1b ", "TS4"], true, [File()], null, Candidate, Now, Today);

        Assert.Equal(("Year 9 equations", EvidenceStatus.AwaitingReview), (item.Title, item.Status));
        Assert.Equal(["TS4", "TS1b"], item.StandardList);
        Assert.Equal(1, Assert.Single(item.Versions).Number);
        Assert.Equal(Now, item.LatestSubmittedAt);
        Assert.Equal(("Evidence added", "Year 9 equations (Lesson plan)", CandidateId), (audit.Action, audit.Detail, audit.SubjectId));
    }

    [Fact]
    public void An_item_is_hidden_from_reviewers_until_its_files_pass_the_scan()
    {
        var item = LessonPlan(scanned: false);

        Assert.False(item.IsVisibleToReviewers);
        Assert.Equal("This item's files have not passed the malware scan yet",
            Assert.Throws<DomainRuleException>(() => item.Accept(Assessor, Now)).Message);
        item.RecordScan(item.Latest.Files[0].Id, ScanResult.Clean);
        Assert.True(item.IsVisibleToReviewers);
    }

    [Fact]
    public void An_infected_file_keeps_the_item_hidden()
    {
        var item = LessonPlan(scanned: false);

        item.RecordScan(item.Latest.Files[0].Id, ScanResult.Infected);

        Assert.False(item.IsVisibleToReviewers);
    }

    [Theory]
    [InlineData(false, "Confirm that you have removed pupils' personal data")]
    [InlineData(true, "Select at least one standard or point this evidences")]
    public void The_candidate_confirms_pupils_data_is_removed_and_names_a_standard(bool confirmed, string message)
    {
        var error = Assert.Throws<DomainRuleException>(() => EvidenceItem.Add(CandidateId, EvidenceKind.LessonPlan, "Plan", Today, null, null,
            [], confirmed, [File()], null, Candidate, Now, Today));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Unknown_standards_future_dates_and_missing_files_are_refused()
    {
        Assert.Equal("'TS9' is not one of the Teachers' Standards", Assert.Throws<DomainRuleException>(() =>
            EvidenceItem.Add(CandidateId, EvidenceKind.Other, "X", Today, null, null, ["TS9"], true, [File()], null, Candidate, Now, Today)).Message);
        Assert.Equal("The date must be today or in the past", Assert.Throws<DomainRuleException>(() =>
            EvidenceItem.Add(CandidateId, EvidenceKind.Other, "X", Today.AddDays(1), null, null, ["TS1"], true, [File()], null, Candidate, Now, Today)).Message);
        Assert.Equal("Upload at least one file", Assert.Throws<DomainRuleException>(() =>
            EvidenceItem.Add(CandidateId, EvidenceKind.Other, "X", Today, null, null, ["TS1"], true, [], null, Candidate, Now, Today)).Message);
        Assert.Equal("Upload no more than 10 files at a time", Assert.Throws<DomainRuleException>(() =>
            EvidenceItem.Add(CandidateId, EvidenceKind.Other, "X", Today, null, null, ["TS1"], true, Enumerable.Range(0, 11).Select(_ => File()).ToList(), null, Candidate, Now, Today)).Message);
    }

    [Fact]
    public void A_reflective_assignment_is_answered_in_the_portal_against_a_prompt()
    {
        var (item, _) = EvidenceItem.Add(CandidateId, EvidenceKind.ReflectiveAssignment, "Behaviour", Today, null, "How do you manage behaviour?",
            ["TS7"], true, [], "I use a consistent routine...", Candidate, Now, Today);

        Assert.Equal("How do you manage behaviour?", item.Prompt);
        Assert.Equal("I use a consistent routine...", item.Latest.Answer);
        Assert.True(item.IsVisibleToReviewers);
        Assert.Equal("Write your answer to the assignment", Assert.Throws<DomainRuleException>(() =>
            EvidenceItem.Add(CandidateId, EvidenceKind.ReflectiveAssignment, "B", Today, null, "Prompt", ["TS7"], true, [], " ", Candidate, Now, Today)).Message);
    }

    [Fact]
    public void The_reviewer_accepts_and_the_history_records_it()
    {
        var item = LessonPlan();

        var audit = item.Accept(Assessor, Now);

        Assert.Equal(EvidenceStatus.Accepted, item.Status);
        var review = Assert.Single(item.Reviews);
        Assert.Equal((1, EvidenceStatus.Accepted, "Sam Assessor"), (review.VersionNumber, review.Outcome, review.ByName));
        Assert.Equal(("Evidence accepted", "Year 9 equations, version 1"), (audit.Action, audit.Detail));
        Assert.Equal("This item is accepted, not awaiting review", Assert.Throws<DomainRuleException>(() => item.Accept(Assessor, Now)).Message);
    }

    [Fact]
    public void More_can_be_requested_with_feedback_and_a_date_then_answered_with_a_new_version()
    {
        var item = LessonPlan();

        item.RequestMore(" Add the resources you used ", Today.AddDays(7), Assessor, Now, Today);
        Assert.Equal(EvidenceStatus.MoreRequested, item.Status);
        Assert.Equal(("Add the resources you used", Today.AddDays(7)), (item.Reviews[0].Feedback, item.Reviews[0].DueBy));

        var audit = item.AddVersion([File("resources.pdf")], null, "Added the worksheet", Candidate, Now.AddDays(1));

        Assert.Equal(EvidenceStatus.AwaitingReview, item.Status);
        Assert.Equal([1, 2], item.Versions.Select(v => v.Number));
        Assert.Equal("plan.pdf", item.Versions[0].Files[0].FileName);
        Assert.Equal(Now.AddDays(1), item.LatestSubmittedAt);
        Assert.False(item.IsVisibleToReviewers);
        Assert.Equal(("Evidence resubmitted", "Year 9 equations: version 2. Added the worksheet"), (audit.Action, audit.Detail));
    }

    [Fact]
    public void Requests_need_feedback_and_a_date_not_past_and_versions_need_a_request()
    {
        var item = LessonPlan();

        Assert.Equal("You can add a new version when your assessor asks for more evidence",
            Assert.Throws<DomainRuleException>(() => item.AddVersion([File()], null, "More", Candidate, Now)).Message);
        Assert.Equal("Enter feedback saying what more is needed",
            Assert.Throws<DomainRuleException>(() => item.RequestMore(" ", null, Assessor, Now, Today)).Message);
        Assert.Equal("The date to answer by must be today or in the future",
            Assert.Throws<DomainRuleException>(() => item.RequestMore("More", Today.AddDays(-1), Assessor, Now, Today)).Message);
        item.RequestMore("More", null, Assessor, Now, Today);
        Assert.Equal("Say what this version changes",
            Assert.Throws<DomainRuleException>(() => item.AddVersion([File()], null, "", Candidate, Now)).Message);
        Assert.Single(item.Versions);
    }

    [Fact]
    public void A_stored_file_keeps_its_metadata()
    {
        var file = new EvidenceFile(new string('b', 32), "plan.pdf", "application/pdf", 2048, new string('C', 64));

        Assert.Equal((2048L, new string('c', 64), ScanResult.Pending), (file.Size, file.Sha256, file.Scan));
        Assert.Throws<ArgumentException>(() => new EvidenceFile("../../etc/passwd", "plan.pdf", "application/pdf", 1, new string('a', 64)));
        Assert.Equal("plan.pdf is empty", Assert.Throws<DomainRuleException>(() => new EvidenceFile(new string('b', 32), "plan.pdf", "application/pdf", 0, new string('a', 64))).Message);
    }
}
