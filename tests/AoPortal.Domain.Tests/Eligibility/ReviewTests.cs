using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;

namespace AoPortal.Domain.Tests.Eligibility;

/// <summary>A provider user judges a submitted application requirement by requirement (Candidate.JudgeRequirement and friends).</summary>
public class ReviewTests
{
    private static readonly EligibilityPolicy Policy = SubmittedCandidate.Policy;
    private static readonly Actor Assessor = SubmittedCandidate.Assessor;
    private static readonly Actor Admin = SubmittedCandidate.Admin;
    private static readonly Actor SchoolLead = SubmittedCandidate.SchoolLead;
    private static readonly DateTime Now = SubmittedCandidate.Now;
    private static readonly DateOnly Today = SubmittedCandidate.Today;

    // Judging a requirement

    [Fact]
    public void The_first_judgement_starts_the_review_and_returns_two_audit_entries()
    {
        var candidate = new SubmittedCandidate().Build();

        var entries = candidate.JudgeRequirement(EligibilityRequirement.Degree, JudgementOutcome.Met, null, Policy, Assessor, Now);

        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
        Assert.Collection(entries,
            started =>
            {
                Assert.Equal("Eligibility review started", started.Action);
                Assert.Equal("Application submitted to Eligibility review", started.Detail);
            },
            judged =>
            {
                Assert.Equal("Degree judged met", judged.Action);
                Assert.Null(judged.Detail);
            });
        Assert.All(entries, e =>
        {
            Assert.Equal(Assessor.UserId, e.ActorId);
            Assert.Equal("Sam Assessor", e.ActorName);
            Assert.Equal(Now, e.OccurredAt);
            Assert.Equal("Candidate", e.SubjectType);
            Assert.Equal(candidate.Id, e.SubjectId);
        });
    }

    [Fact]
    public void A_later_judgement_returns_one_audit_entry_and_keeps_the_review_going()
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.Degree).Build();

        var entries = candidate.JudgeRequirement(EligibilityRequirement.Experience, JudgementOutcome.NotMet, "Only supply work since 2023", Policy, Assessor, Now);

        var entry = Assert.Single(entries);
        Assert.Equal("Teaching experience judged not met", entry.Action);
        Assert.Equal("Only supply work since 2023", entry.Detail);
        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
        Assert.Equal(2, candidate.Review.Judgements.Count);
    }

    [Fact]
    public void A_judgement_records_the_outcome_who_made_it_when_and_why()
    {
        var candidate = new SubmittedCandidate().Build();
        var version = candidate.Version;

        candidate.JudgeRequirement(EligibilityRequirement.Suitability, JudgementOutcome.Met, "  Interviewed 3 November; strong lesson  ", Policy, Assessor, Now);

        var judgement = candidate.Review.JudgementOf(EligibilityRequirement.Suitability);
        Assert.NotNull(judgement);
        Assert.Equal(JudgementOutcome.Met, judgement.Outcome);
        Assert.Equal("Interviewed 3 November; strong lesson", judgement.Rationale);
        Assert.Equal(Assessor.UserId, judgement.JudgedById);
        Assert.Equal("Sam Assessor", judgement.JudgedByName);
        Assert.Equal(Now, judgement.JudgedAt);
        Assert.True(judgement.Passes);
        Assert.NotEqual(version, candidate.Version);
    }

    [Fact]
    public void Judging_a_requirement_again_replaces_the_earlier_judgement()
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.FitnessToTeach, JudgementOutcome.NotMet, "Waiting for occupational health").Build();
        var later = Now.AddHours(2);

        candidate.JudgeRequirement(EligibilityRequirement.FitnessToTeach, JudgementOutcome.Met, "Occupational health cleared", Policy, Admin, later);

        var judgement = Assert.Single(candidate.Review.Judgements);
        Assert.Equal(EligibilityRequirement.FitnessToTeach, judgement.Requirement);
        Assert.Equal(JudgementOutcome.Met, judgement.Outcome);
        Assert.Equal("Occupational health cleared", judgement.Rationale);
        Assert.Equal("Alex Admin", judgement.JudgedByName);
        Assert.Equal(later, judgement.JudgedAt);
    }

    [Fact]
    public void Judgements_are_kept_in_the_order_of_the_requirements()
    {
        var candidate = new SubmittedCandidate()
            .Judged(EligibilityRequirement.ReadyNow)
            .Judged(EligibilityRequirement.Degree)
            .Judged(EligibilityRequirement.Experience)
            .Build();

        Assert.Equal(
            [EligibilityRequirement.Degree, EligibilityRequirement.Experience, EligibilityRequirement.ReadyNow],
            candidate.Review.Judgements.Select(j => j.Requirement));
    }

    [Fact]
    public void A_not_met_judgement_does_not_pass()
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.AgeRange, JudgementOutcome.NotMet).Build();

        Assert.False(candidate.Review.JudgementOf(EligibilityRequirement.AgeRange)!.Passes);
    }

    [Fact]
    public void The_judgement_time_must_be_utc()
    {
        var candidate = new SubmittedCandidate().Build();

        Assert.Throws<ArgumentException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.Degree, JudgementOutcome.Met, null, Policy, Assessor, DateTime.SpecifyKind(Now, DateTimeKind.Local)));
    }

    [Fact]
    public void A_rationale_longer_than_2000_characters_is_refused()
    {
        var candidate = new SubmittedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.Degree, JudgementOutcome.Met, new string('x', 2001), Policy, Assessor, Now));

        Assert.Equal("Rationale must be 2000 characters or fewer", error.Message);
        Assert.Empty(candidate.Review.Judgements);
    }

    // Waivers

    [Fact]
    public void Waiving_a_requirement_the_policy_gives_no_discretion_over_is_refused()
    {
        var candidate = new SubmittedCandidate().Build();
        Assert.DoesNotContain(EligibilityRequirement.Degree, Policy.DiscretionAllowed);

        var error = Assert.Throws<DomainRuleException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.Degree, JudgementOutcome.Waived, "Strong overseas teaching record", Policy, Assessor, Now));

        Assert.Equal("The eligibility policy does not allow degree to be waived", error.Message);
        Assert.Equal("Outcome", error.Field);
        Assert.Empty(candidate.Review.Judgements);
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Waiving_without_a_rationale_is_refused(string? rationale)
    {
        var candidate = new SubmittedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.Experience, JudgementOutcome.Waived, rationale, Policy, Assessor, Now));

        Assert.Equal("Enter the rationale for waiving this requirement", error.Message);
        Assert.Equal("Rationale", error.Field);
        Assert.Empty(candidate.Review.Judgements);
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
    }

    [Fact]
    public void Experience_is_waived_with_a_rationale_under_the_default_policy()
    {
        var candidate = new SubmittedCandidate().Build();

        var entries = candidate.JudgeRequirement(EligibilityRequirement.Experience, JudgementOutcome.Waived,
            "Twenty months of full-responsibility teaching, with outstanding observations", Policy, Assessor, Now);

        var judgement = candidate.Review.JudgementOf(EligibilityRequirement.Experience);
        Assert.NotNull(judgement);
        Assert.Equal(JudgementOutcome.Waived, judgement.Outcome);
        Assert.True(judgement.Passes);
        Assert.Equal("Twenty months of full-responsibility teaching, with outstanding observations", judgement.Rationale);
        Assert.Equal("Teaching experience judged waived", entries[^1].Action);
        Assert.Equal("Twenty months of full-responsibility teaching, with outstanding observations", entries[^1].Detail);
    }

    [Fact]
    public void A_policy_that_allows_discretion_over_the_degree_lets_it_be_waived()
    {
        var lenient = new EligibilityPolicy(2, 2m, 2, true, true, [EligibilityRequirement.Degree], AgeRange.Common, Now);
        var candidate = new SubmittedCandidate().Build();

        candidate.JudgeRequirement(EligibilityRequirement.Degree, JudgementOutcome.Waived, "Degree certificate lost in a fire; university letter seen", lenient, Assessor, Now);

        Assert.Equal(JudgementOutcome.Waived, candidate.Review.JudgementOf(EligibilityRequirement.Degree)?.Outcome);
        Assert.Throws<DomainRuleException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.Experience, JudgementOutcome.Waived, "Not in this policy", lenient, Assessor, Now));
    }

    // Safeguarding

    [Fact]
    public void Safeguarding_cannot_be_judged_met_before_the_checks_are_recorded()
    {
        var candidate = new SubmittedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.Safeguarding, JudgementOutcome.Met, null, Policy, Admin, Now));

        Assert.Equal("Record the DBS and prohibition checks before marking safeguarding as met", error.Message);
        Assert.Equal("Outcome", error.Field);
        Assert.Null(candidate.Review.JudgementOf(EligibilityRequirement.Safeguarding));
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
    }

    [Fact]
    public void Safeguarding_can_be_judged_not_met_without_the_checks()
    {
        var candidate = new SubmittedCandidate().Build();

        candidate.JudgeRequirement(EligibilityRequirement.Safeguarding, JudgementOutcome.NotMet, "Barred list check outstanding", Policy, Admin, Now);

        Assert.Equal(JudgementOutcome.NotMet, candidate.Review.JudgementOf(EligibilityRequirement.Safeguarding)?.Outcome);
    }

    [Fact]
    public void Safeguarding_is_judged_met_once_the_checks_are_recorded()
    {
        var candidate = new SubmittedCandidate().WithSafeguardingChecks().Build();

        var entries = candidate.JudgeRequirement(EligibilityRequirement.Safeguarding, JudgementOutcome.Met, null, Policy, Admin, Now);

        Assert.Equal("Safeguarding checks judged met", Assert.Single(entries).Action);
        Assert.Equal(JudgementOutcome.Met, candidate.Review.JudgementOf(EligibilityRequirement.Safeguarding)?.Outcome);
    }

    [Fact]
    public void Recording_the_checks_starts_the_review_and_the_audit_never_says_what_they_are()
    {
        var candidate = new SubmittedCandidate().Build();
        var checks = new SafeguardingChecks(" 001234567890 ", new DateOnly(2026, 9, 14), "Alex Admin", new DateOnly(2026, 9, 15), "Certificate of good conduct, Italy", Today);

        var entries = candidate.RecordSafeguardingChecks(checks, Admin, Now);

        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
        Assert.Equal(["Eligibility review started", "Safeguarding checks recorded"], entries.Select(e => e.Action));
        Assert.Null(entries[^1].Detail);
        Assert.All(entries, e => Assert.DoesNotContain("001234567890", e.Detail ?? ""));
        var recorded = candidate.Review.Safeguarding;
        Assert.NotNull(recorded);
        Assert.Equal("001234567890", recorded.DbsCertificateNumber);
        Assert.Equal(new DateOnly(2026, 9, 14), recorded.DbsIssueDate);
        Assert.Equal("Alex Admin", recorded.DbsSeenBy);
        Assert.Equal(new DateOnly(2026, 9, 15), recorded.ProhibitionCheckDate);
        Assert.Equal("Certificate of good conduct, Italy", recorded.OverseasConductCheck);
        Assert.Empty(candidate.Review.Judgements);
    }

    [Fact]
    public void Recording_the_checks_again_replaces_them_with_one_audit_entry()
    {
        var candidate = new SubmittedCandidate().WithSafeguardingChecks().Build();

        var entries = candidate.RecordSafeguardingChecks(SubmittedCandidate.Checks("009876543210"), Admin, Now);

        Assert.Equal("Safeguarding checks recorded", Assert.Single(entries).Action);
        Assert.Equal("009876543210", candidate.Review.Safeguarding?.DbsCertificateNumber);
    }

    [Theory]
    [InlineData("00123456789")]
    [InlineData("0012345678901")]
    [InlineData("00123456789X")]
    [InlineData("0012 3456 7890")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_dbs_certificate_number_that_is_not_12_digits_is_refused(string number)
    {
        Assert.Throws<DomainRuleException>(() => SubmittedCandidate.Checks(number));
    }

    [Theory]
    [InlineData("00123456789")]
    [InlineData("00123456789X")]
    [InlineData("１２３４５６７８９０１２")]
    public void The_dbs_refusal_says_it_must_be_12_digits(string number)
    {
        var error = Assert.Throws<DomainRuleException>(() => SubmittedCandidate.Checks(number));

        Assert.Equal("The DBS certificate number must be 12 digits", error.Message);
        Assert.Equal("DbsCertificateNumber", error.Field);
    }

    [Fact]
    public void A_dbs_issue_date_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new SafeguardingChecks("001234567890", Today.AddDays(1), "Alex Admin", Today, null, Today));

        Assert.Equal("The DBS issue date must be today or in the past", error.Message);
        Assert.Equal("DbsIssueDate", error.Field);
    }

    [Fact]
    public void A_prohibition_check_date_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new SafeguardingChecks("001234567890", Today, "Alex Admin", Today.AddDays(1), null, Today));

        Assert.Equal("The prohibition check date must be today or in the past", error.Message);
        Assert.Equal("ProhibitionCheckDate", error.Field);
    }

    [Fact]
    public void Check_dates_before_1950_are_refused()
    {
        var issued = Assert.Throws<DomainRuleException>(() =>
            new SafeguardingChecks("001234567890", new DateOnly(1949, 12, 31), "Alex Admin", Today, null, Today));
        var prohibition = Assert.Throws<DomainRuleException>(() =>
            new SafeguardingChecks("001234567890", Today, "Alex Admin", new DateOnly(1949, 12, 31), null, Today));

        Assert.Equal("The DBS issue date must be in 1950 or later", issued.Message);
        Assert.Equal("The prohibition check date must be in 1950 or later", prohibition.Message);
    }

    [Fact]
    public void Checks_made_today_and_on_1_january_1950_are_accepted()
    {
        var checks = new SafeguardingChecks("001234567890", new DateOnly(1950, 1, 1), "Alex Admin", Today, null, Today);

        Assert.Equal(new DateOnly(1950, 1, 1), checks.DbsIssueDate);
        Assert.Equal(Today, checks.ProhibitionCheckDate);
        Assert.Null(checks.OverseasConductCheck);
    }

    [Fact]
    public void Who_saw_the_dbs_certificate_is_required()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new SafeguardingChecks("001234567890", Today, " ", Today, null, Today));

        Assert.Equal("Enter who saw the DBS certificate", error.Message);
    }

    // School support

    [Theory]
    [InlineData(JudgementOutcome.Met)]
    [InlineData(JudgementOutcome.NotMet)]
    [InlineData(JudgementOutcome.Waived)]
    public void School_support_cannot_be_judged_by_the_provider(JudgementOutcome outcome)
    {
        var candidate = new SubmittedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.SchoolSupport, outcome, "Head teacher said so on the phone", Policy, Admin, Now));

        Assert.Equal("School support is confirmed by the school lead of the employing school", error.Message);
        Assert.Empty(candidate.Review.Judgements);
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
    }

    [Fact]
    public void The_school_lead_confirming_support_records_a_met_judgement_by_them()
    {
        var candidate = new SubmittedCandidate().Build();

        var audit = candidate.ConfirmSchoolSupport(SubmittedCandidate.Support(), SchoolLead, Now);

        var confirmation = candidate.Review.SchoolSupport;
        Assert.NotNull(confirmation);
        Assert.Equal("We will release Daniel for observations every fortnight.", confirmation.Statement);
        Assert.Equal("Grace Hopper", confirmation.MentorName);
        Assert.Equal("Helen Head", confirmation.ConfirmedByName);
        var judgement = candidate.Review.JudgementOf(EligibilityRequirement.SchoolSupport);
        Assert.NotNull(judgement);
        Assert.Equal(JudgementOutcome.Met, judgement.Outcome);
        Assert.Equal(SchoolLead.UserId, judgement.JudgedById);
        Assert.Equal("Helen Head", judgement.JudgedByName);
        Assert.Null(judgement.Rationale); // The mentor is in the confirmation, shown as the evidence.
        Assert.Equal("School support confirmed", audit.Action);
        Assert.Equal("Mentor: Grace Hopper", audit.Detail);
        Assert.Equal(SchoolLead.UserId, audit.ActorId);
        // Confirming support is not a provider's review step: the status stays where it was.
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
    }

    [Fact]
    public void School_support_can_be_confirmed_while_the_application_is_still_a_draft()
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();

        candidate.ConfirmSchoolSupport(SubmittedCandidate.Support(), SchoolLead, Now);

        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal(JudgementOutcome.Met, candidate.Review.JudgementOf(EligibilityRequirement.SchoolSupport)?.Outcome);
    }

    [Fact]
    public void School_support_can_be_confirmed_during_the_review()
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.Degree).Build();

        candidate.ConfirmSchoolSupport(SubmittedCandidate.Support(), SchoolLead, Now);

        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
        Assert.NotNull(candidate.Review.SchoolSupport);
    }

    [Fact]
    public void School_support_cannot_be_confirmed_after_acceptance()
    {
        var candidate = new SubmittedCandidate().WithEveryRequirementMet().Accepted().Build();
        var confirmedAt = candidate.Review.SchoolSupport!.ConfirmedAt;

        var error = Assert.Throws<DomainRuleException>(() => candidate.ConfirmSchoolSupport(
            new SchoolSupportConfirmation("A new statement", "Ada Lovelace", SchoolLead.UserId, SchoolLead.Name, Now.AddDays(1)), SchoolLead, Now.AddDays(1)));

        Assert.Equal("School support can only be confirmed before the application is decided", error.Message);
        Assert.Equal("Grace Hopper", candidate.Review.SchoolSupport.MentorName);
        Assert.Equal(confirmedAt, candidate.Review.SchoolSupport.ConfirmedAt);
    }

    [Fact]
    public void School_support_cannot_be_confirmed_after_rejection()
    {
        var candidate = new SubmittedCandidate().Rejected().Build();

        Assert.Throws<DomainRuleException>(() => candidate.ConfirmSchoolSupport(SubmittedCandidate.Support(), SchoolLead, Now));
        Assert.Null(candidate.Review.SchoolSupport);
    }

    [Fact]
    public void A_statement_and_a_mentor_are_required_to_confirm_support()
    {
        var statement = Assert.Throws<DomainRuleException>(() => new SchoolSupportConfirmation(" ", "Grace Hopper", null, "Helen Head", Now));
        var mentor = Assert.Throws<DomainRuleException>(() => new SchoolSupportConfirmation("We support it", "", null, "Helen Head", Now));

        Assert.Equal("Enter the school's statement of support", statement.Message);
        Assert.Equal("Enter the name of the candidate's mentor in school", mentor.Message);
    }

    // Only a submitted application is reviewed

    [Fact]
    public void Judging_an_application_that_has_not_been_submitted_is_refused()
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();
        var version = candidate.Version;

        var error = Assert.Throws<DomainRuleException>(() => candidate.JudgeRequirement(
            EligibilityRequirement.Degree, JudgementOutcome.Met, null, Policy, Assessor, Now));

        Assert.Equal("Only a submitted application can be reviewed", error.Message);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Empty(candidate.Review.Judgements);
        Assert.Equal(version, candidate.Version);
    }

    [Fact]
    public void Recording_safeguarding_checks_before_submission_is_refused()
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.RecordSafeguardingChecks(SubmittedCandidate.Checks(), Admin, Now));

        Assert.Equal("Only a submitted application can be reviewed", error.Message);
        Assert.Null(candidate.Review.Safeguarding);
    }

    [Fact]
    public void A_decided_application_can_no_longer_be_judged()
    {
        var accepted = new SubmittedCandidate().WithEveryRequirementMet().Accepted().Build();
        var rejected = new SubmittedCandidate().Rejected().Build();

        Assert.Equal("Only a submitted application can be reviewed", Assert.Throws<DomainRuleException>(() =>
            accepted.JudgeRequirement(EligibilityRequirement.Degree, JudgementOutcome.NotMet, null, Policy, Assessor, Now)).Message);
        Assert.Equal("Only a submitted application can be reviewed", Assert.Throws<DomainRuleException>(() =>
            rejected.JudgeRequirement(EligibilityRequirement.Degree, JudgementOutcome.Met, null, Policy, Assessor, Now)).Message);
        Assert.Equal(JudgementOutcome.Met, accepted.Review.JudgementOf(EligibilityRequirement.Degree)?.Outcome);
    }
}
