using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;

namespace AoPortal.Domain.Tests.Eligibility;

/// <summary>The provider's decision on a submitted application: accept, return for changes, or reject.</summary>
public class DecisionTests
{
    private static readonly EligibilityPolicy Policy = SubmittedCandidate.Policy;
    private static readonly Actor Assessor = SubmittedCandidate.Assessor;
    private static readonly DateTime Now = SubmittedCandidate.Now;
    private static readonly DateOnly Today = SubmittedCandidate.Today;

    // Accept

    [Fact]
    public void Accept_is_refused_while_no_requirement_is_judged_and_the_refusal_lists_them_in_words()
    {
        var candidate = new SubmittedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Accept(Policy, Assessor, Now, Today));

        Assert.Equal(
            "These requirements are not yet met or waived: degree, GCSE English or equivalent, GCSE maths or equivalent, "
            + "fundamental English and maths, suitability to teach, safeguarding checks, fitness to teach, "
            + "taught in two schools or settings, teaching experience, age range taught, ready for assessment now, school support",
            error.Message);
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
        Assert.Null(candidate.Review.DecidedUnderPolicyVersion);
    }

    [Fact]
    public void Gcse_science_is_not_needed_for_an_11_to_16_candidate()
    {
        var candidate = new SubmittedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Accept(Policy, Assessor, Now, Today));

        Assert.Contains("degree", error.Message);
        Assert.Contains("safeguarding checks", error.Message);
        Assert.DoesNotContain("science", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(EligibilityRequirement.GcseScience, SubmittedCandidate.ApplicableTo(candidate));
    }

    [Fact]
    public void Gcse_science_is_needed_for_a_primary_candidate()
    {
        var candidate = new SubmittedCandidate().Primary().WithEveryRequirementMet(except: EligibilityRequirement.GcseScience).Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Accept(Policy, Assessor, Now, Today));

        Assert.Equal("These requirements are not yet met or waived: GCSE science or equivalent", error.Message);
        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
    }

    /// <summary>Each requirement that applies to an 11 to 16 candidate, and how the refusal names it inside a sentence.</summary>
    public static TheoryData<EligibilityRequirement, string> EveryRequirementButScience() => new()
    {
        { EligibilityRequirement.Degree, "degree" },
        { EligibilityRequirement.GcseEnglish, "GCSE English or equivalent" },
        { EligibilityRequirement.GcseMaths, "GCSE maths or equivalent" },
        { EligibilityRequirement.FundamentalSkills, "fundamental English and maths" },
        { EligibilityRequirement.Suitability, "suitability to teach" },
        { EligibilityRequirement.Safeguarding, "safeguarding checks" },
        { EligibilityRequirement.FitnessToTeach, "fitness to teach" },
        { EligibilityRequirement.TwoSchools, "taught in two schools or settings" },
        { EligibilityRequirement.Experience, "teaching experience" },
        { EligibilityRequirement.AgeRange, "age range taught" },
        { EligibilityRequirement.ReadyNow, "ready for assessment now" },
        { EligibilityRequirement.SchoolSupport, "school support" },
    };

    [Theory]
    [MemberData(nameof(EveryRequirementButScience))]
    public void Accept_is_refused_while_any_one_requirement_is_unjudged(EligibilityRequirement unjudged, string inWords)
    {
        var candidate = new SubmittedCandidate().WithEveryRequirementMet(except: unjudged).Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Accept(Policy, Assessor, Now, Today));

        Assert.Equal($"These requirements are not yet met or waived: {inWords}", error.Message);
        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
    }

    [Fact]
    public void A_not_met_judgement_blocks_acceptance()
    {
        var candidate = new SubmittedCandidate().WithEveryRequirementMet()
            .Judged(EligibilityRequirement.AgeRange, JudgementOutcome.NotMet, "Key stage 4 only")
            .Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Accept(Policy, Assessor, Now, Today));

        Assert.Equal("These requirements are not yet met or waived: age range taught", error.Message);
        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
        Assert.Null(candidate.Review.DecidedUnderPolicyVersion);
    }

    [Fact]
    public void The_computed_status_does_not_stand_in_for_a_judgement()
    {
        // The application meets the degree requirement as written, but the provider must still judge it.
        var candidate = new SubmittedCandidate().WithEveryRequirementMet(except: EligibilityRequirement.Degree).Build();
        Assert.Equal(ComputedStatus.Met, EligibilityEvaluator.Evaluate(EligibilityRequirement.Degree, candidate, Policy, Today).Status);

        var error = Assert.Throws<DomainRuleException>(() => candidate.Accept(Policy, Assessor, Now, Today));

        Assert.Equal("These requirements are not yet met or waived: degree", error.Message);
    }

    [Fact]
    public void The_candidate_is_accepted_when_every_requirement_that_applies_is_met()
    {
        var candidate = new SubmittedCandidate().WithEveryRequirementMet().Build();
        Assert.Null(candidate.Review.JudgementOf(EligibilityRequirement.GcseScience));

        var audit = candidate.Accept(Policy, Assessor, Now, Today);

        Assert.Equal(CandidateStatus.Accepted, candidate.Status);
        Assert.Equal(1, candidate.Review.DecidedUnderPolicyVersion);
        Assert.Null(candidate.Review.DecisionReason);
        Assert.Equal("Application accepted", audit.Action);
        Assert.Equal("Eligibility review to Accepted. Eligibility policy version 1", audit.Detail);
        Assert.Contains("Eligibility policy version 1", audit.Detail);
        Assert.Equal(Assessor.UserId, audit.ActorId);
        Assert.Equal(Now, audit.OccurredAt);
        Assert.Equal(candidate.Id, audit.SubjectId);
    }

    [Fact]
    public void A_waived_requirement_counts_towards_acceptance()
    {
        var candidate = new SubmittedCandidate().WithEveryRequirementMet()
            .Judged(EligibilityRequirement.Experience, JudgementOutcome.Waived, "Twenty months, with outstanding observations")
            .Build();

        candidate.Accept(Policy, Assessor, Now, Today);

        Assert.Equal(CandidateStatus.Accepted, candidate.Status);
    }

    [Fact]
    public void The_decision_records_the_version_of_the_policy_it_was_made_under()
    {
        var later = new EligibilityPolicy(3, 1.5m, 2, true, true, [EligibilityRequirement.Experience], AgeRange.Common, Now);
        var candidate = new SubmittedCandidate().WithEveryRequirementMet().Build();

        var audit = candidate.Accept(later, Assessor, Now, Today);

        Assert.Equal(3, candidate.Review.DecidedUnderPolicyVersion);
        Assert.EndsWith("Eligibility policy version 3", audit.Detail);
    }

    [Fact]
    public void A_policy_that_drops_gcse_science_for_primary_accepts_a_primary_candidate_without_it()
    {
        var noScience = new EligibilityPolicy(2, 2m, 2, true, false, [EligibilityRequirement.Experience], AgeRange.Common, Now);
        var candidate = new SubmittedCandidate().Primary().WithEveryRequirementMet(except: EligibilityRequirement.GcseScience).Build();

        candidate.Accept(noScience, Assessor, Now, Today);

        Assert.Equal(CandidateStatus.Accepted, candidate.Status);
    }

    // Return

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Returning_needs_a_message(string? message)
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.Degree).Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Return(message!, Assessor, Now));

        Assert.Equal("Enter a message telling the candidate what to change", error.Message);
        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
        Assert.Null(candidate.Application.ReturnMessage);
    }

    [Fact]
    public void Returning_sends_the_application_back_to_a_draft_with_the_message()
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.Degree).Build();

        var audit = candidate.Return("  Add your post at Hillside School  ", Assessor, Now);

        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal("Add your post at Hillside School", candidate.Application.ReturnMessage);
        Assert.Equal("Application returned to the candidate", audit.Action);
        Assert.Equal("Eligibility review to Application in progress. Add your post at Hillside School", audit.Detail);
    }

    [Fact]
    public void An_application_can_be_returned_before_its_review_has_started()
    {
        var candidate = new SubmittedCandidate().Build();

        var audit = candidate.Return("Your GCSE maths year looks wrong", Assessor, Now);

        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal("Application submitted to Application in progress. Your GCSE maths year looks wrong", audit.Detail);
    }

    [Fact]
    public void A_returned_application_can_be_changed_and_submitted_again_which_clears_the_message()
    {
        var candidate = new SubmittedCandidate().Returned("Add your degree classification").Build();

        candidate.SaveDegree(new Degree("Mathematics", "University of Bristol", "United Kingdom", 2010, "First", null, Today));
        var resubmittedAt = Now.AddDays(2);
        var audit = candidate.Submit(SubmittedCandidate.Applicant, resubmittedAt);

        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
        Assert.Equal("First", candidate.Application.Degree?.Classification);
        Assert.Null(candidate.Application.ReturnMessage);
        Assert.Equal(resubmittedAt, candidate.Application.SubmittedAt);
        Assert.Equal("Application in progress to Application submitted", audit.Detail);
    }

    [Fact]
    public void The_return_message_stays_while_the_candidate_changes_their_application()
    {
        var candidate = new SubmittedCandidate().Returned("Add your degree classification").Build();

        candidate.SaveDegree(new Degree("Mathematics", "University of Bristol", "United Kingdom", 2010, "First", null, Today));

        Assert.Equal("Add your degree classification", candidate.Application.ReturnMessage);
    }

    // Reject

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Rejecting_needs_a_reason(string? reason)
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.Degree).Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Reject(reason!, Policy, Assessor, Now));

        Assert.Equal("Enter the reason for rejecting the application", error.Message);
        Assert.Equal(CandidateStatus.EligibilityReview, candidate.Status);
        Assert.Null(candidate.Review.DecisionReason);
        Assert.Null(candidate.Review.DecidedUnderPolicyVersion);
    }

    [Fact]
    public void Rejecting_records_the_reason_and_the_policy_version()
    {
        var candidate = new SubmittedCandidate().Judged(EligibilityRequirement.AgeRange, JudgementOutcome.NotMet).Build();

        var audit = candidate.Reject(" Has taught key stage 4 only ", Policy, Assessor, Now);

        Assert.Equal(CandidateStatus.Rejected, candidate.Status);
        Assert.Equal("Has taught key stage 4 only", candidate.Review.DecisionReason);
        Assert.Equal(1, candidate.Review.DecidedUnderPolicyVersion);
        Assert.Equal("Application rejected", audit.Action);
        Assert.Equal("Eligibility review to Rejected. Has taught key stage 4 only", audit.Detail);
    }

    [Fact]
    public void A_submitted_application_can_be_rejected_before_its_review_has_started()
    {
        var candidate = new SubmittedCandidate().Build();

        candidate.Reject("Not employed in a school", Policy, Assessor, Now);

        Assert.Equal(CandidateStatus.Rejected, candidate.Status);
    }

    // Decisions the lifecycle does not allow

    public static TheoryData<string, string, string> DecisionsFromTheWrongStatus() => new()
    {
        // A returned application is a draft again, with every requirement still judged met.
        { "Returned", "Accept", "Application accepted is not possible while the candidate's status is application in progress" },
        { "Returned", "Reject", "Application rejected is not possible while the candidate's status is application in progress" },
        { "Returned", "Return", "Application returned to the candidate is not possible while the candidate's status is application in progress" },
        { "Accepted", "Accept", "Application accepted is not possible while the candidate's status is accepted" },
        { "Accepted", "Reject", "Application rejected is not possible while the candidate's status is accepted" },
        { "Accepted", "Return", "Application returned to the candidate is not possible while the candidate's status is accepted" },
        { "Rejected", "Accept", "Application accepted is not possible while the candidate's status is rejected" },
        { "Rejected", "Reject", "Application rejected is not possible while the candidate's status is rejected" },
        { "Rejected", "Return", "Application returned to the candidate is not possible while the candidate's status is rejected" },
    };

    [Theory]
    [MemberData(nameof(DecisionsFromTheWrongStatus))]
    public void A_decision_the_lifecycle_does_not_allow_is_refused_with_a_readable_message(string state, string decision, string message)
    {
        var builder = new SubmittedCandidate().WithEveryRequirementMet();
        var candidate = (state switch
        {
            "Returned" => builder.Returned(),
            "Accepted" => builder.Accepted(),
            "Rejected" => builder.Rejected(),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        }).Build();
        var status = candidate.Status;
        var version = candidate.Version;
        var decidedUnder = candidate.Review.DecidedUnderPolicyVersion;
        var reason = candidate.Review.DecisionReason;
        var returnMessage = candidate.Application.ReturnMessage;

        var error = Assert.Throws<DomainRuleException>(() => Decide(candidate, decision));

        Assert.Equal(message, error.Message);
        Assert.Equal(status, candidate.Status);
        Assert.Equal(version, candidate.Version);
        Assert.Equal(decidedUnder, candidate.Review.DecidedUnderPolicyVersion);
        Assert.Equal(reason, candidate.Review.DecisionReason);
        Assert.Equal(returnMessage, candidate.Application.ReturnMessage);
    }

    [Theory]
    [InlineData("Accept")]
    [InlineData("Reject")]
    [InlineData("Return")]
    public void An_application_that_was_never_submitted_cannot_be_decided(string decision)
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();

        Assert.Throws<DomainRuleException>(() => Decide(candidate, decision));

        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Null(candidate.Review.DecidedUnderPolicyVersion);
        Assert.Null(candidate.Application.ReturnMessage);
    }

    private static AuditEntry Decide(Candidate candidate, string decision) => decision switch
    {
        "Accept" => candidate.Accept(Policy, Assessor, Now, Today),
        "Reject" => candidate.Reject("Another reason", Policy, Assessor, Now),
        "Return" => candidate.Return("Another message", Assessor, Now),
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };
}
