using System.Security.Cryptography;
using System.Text;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Recommendations;

/// <summary>
/// The decision the assessment exists for: the assessor's final judgement of every standard, their proposal, the
/// moderator's confirmation or return, and afterwards the export to Register and the award. Confirming freezes the
/// decision in a snapshot that nothing changes later. The status moves only through <see cref="Candidate"/>'s methods,
/// which move the candidate with it; each change returns its audit entry, recorded on the candidate.
/// </summary>
public sealed class Recommendation
{
    public const int MaxTextLength = 4000;
    private List<FinalJudgement> _judgements = [];
    private List<ModerationReturn> _returns = [];
    private IReadOnlyList<string> _subjects = [];

    private Recommendation() { }

    public Guid Id { get; private set; }
    public Guid CandidateId { get; private set; }
    public RecommendationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>In the catalogue's order, TS1 to TS8 then Part Two.</summary>
    public IReadOnlyList<FinalJudgement> Judgements =>
        StandardsCatalogue.Current.Judged.Select(s => _judgements.Find(j => j.Code == s.Code)).OfType<FinalJudgement>().ToList();

    public RecommendationOutcome? Outcome { get; private set; }
    public DateOnly? RequirementsMetOn { get; private set; }
    public AgeRange? AgeRange { get; private set; }
    public IReadOnlyList<string> Subjects => _subjects;
    public string? Strengths { get; private set; }
    public string? InductionTargets { get; private set; }
    public Guid? ProposedById { get; private set; }
    public string? ProposedByName { get; private set; }
    public DateTime? ProposedAt { get; private set; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ModerationReturn> Returns => _returns;

    public Guid? ConfirmedById { get; private set; }
    public string? ConfirmedByName { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>The frozen decision (<see cref="DecisionSnapshot"/>) as JSON, and its SHA-256, set once on confirmation.</summary>
    public string? Snapshot { get; private set; }

    public string? SnapshotSha256 { get; private set; }
    public Guid? ExportId { get; private set; }
    public DateTime? ExportedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnByName { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public DateOnly? QtsAwardedOn { get; private set; }

    /// <summary>The assessor may still change the judgements and propose: before a proposal, or after moderation returned it.</summary>
    public bool CanChange => Status is RecommendationStatus.Draft or RecommendationStatus.Returned;

    public bool IsExported => ExportId is not null;

    public FinalJudgement? JudgementOf(string code) => _judgements.Find(j => j.Code == code);

    public DecisionSnapshot? Frozen => Snapshot is null ? null : DecisionSnapshot.FromJson(Snapshot);

    /// <summary>A new recommendation for a candidate in assessment, with no judgements yet.</summary>
    public static Recommendation Start(Guid candidateId, DateTime now)
    {
        if (candidateId == Guid.Empty) throw new DomainRuleException("A recommendation needs its candidate");
        return new Recommendation
        {
            Id = Guid.NewGuid(),
            CandidateId = candidateId,
            Status = RecommendationStatus.Draft,
            CreatedAt = Guard.Utc(now),
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>
    /// Records (or replaces) the final judgement of one standard. It may cite only the candidate's shared observations and
    /// discussions and accepted portfolio items (<paramref name="citable"/>).
    /// </summary>
    internal AuditEntry RecordJudgement(FinalJudgement judgement, IReadOnlySet<Guid> citable, Actor actor, DateTime now)
    {
        EnsureCanChange();
        if (judgement.CitedRecordIds.Concat(judgement.CitedEvidenceIds).Any(id => !citable.Contains(id)))
            throw new DomainRuleException("Cite only shared observations and discussions and accepted portfolio evidence", judgement.Code);
        _judgements.RemoveAll(j => j.Code == judgement.Code);
        _judgements.Add(judgement);
        Changed();
        return Audit(actor, now, $"Final judgement of {judgement.Code} recorded", Text.LowerFirst(judgement.Outcome.DisplayName()));
    }

    internal AuditEntry Propose(
        RecommendationProposal proposal, AssessmentPlan plan, bool fundamentalSkillsConfirmed, ObservationCoverage coverage, Actor actor, DateTime now, DateOnly today)
    {
        EnsureCanChange();
        if (!Enum.IsDefined(proposal.Outcome)) throw new DomainRuleException("Select the outcome you propose", "Outcome");
        var missing = RecommendationGate.MissingFor(proposal.Outcome, Judgements, plan, fundamentalSkillsConfirmed, coverage);
        if (missing.Count > 0)
            throw new DomainRuleException($"This cannot be proposed yet: {string.Join("; ", missing.Select(m => Text.LowerFirst(m.Words)))}", "Outcome");

        // Everything is checked before anything is kept: a refused proposal leaves the recommendation as it was.
        var qts = proposal.Outcome == RecommendationOutcome.Recommend ? CheckedForQts(proposal, plan, today) : default;
        RequirementsMetOn = qts.MetOn;
        AgeRange = qts.AgeRange;
        _subjects = qts.Subjects ?? [];
        Strengths = qts.Strengths;
        InductionTargets = qts.Targets;
        Outcome = proposal.Outcome;
        ProposedById = actor.UserId;
        ProposedByName = actor.Name;
        ProposedAt = Guard.Utc(now);
        Status = RecommendationStatus.Proposed;
        Changed();
        return Audit(actor, now, "Outcome proposed for moderation", Summary);
    }

    /// <summary>What a recommendation for QTS must say, checked: the date met (after the start, not in the future), the range and subjects, and the hand-over.</summary>
    private static (DateOnly? MetOn, AgeRange? AgeRange, IReadOnlyList<string>? Subjects, string? Strengths, string? Targets) CheckedForQts(
        RecommendationProposal proposal, AssessmentPlan plan, DateOnly today)
    {
        if (proposal.RequirementsMetOn is not { } metOn) throw new DomainRuleException("Enter the date the requirements were met", nameof(RequirementsMetOn));
        if (metOn > today) throw new DomainRuleException("The date the requirements were met must be today or in the past", nameof(RequirementsMetOn));
        if (metOn <= plan.StartDate)
            throw new DomainRuleException($"The date the requirements were met must be after the assessment started on {AssessmentPlan.Day(plan.StartDate)}", nameof(RequirementsMetOn));
        var subjects = AssessedSubjects.Checked(proposal.AgeRange, proposal.Subjects);
        var strengths = Guard.Required(proposal.Strengths, "Enter the candidate's strengths for the hand-over to their school", MaxTextLength);
        var targets = Guard.Required(proposal.InductionTargets, "Enter the targets for their induction as an early career teacher", MaxTextLength);
        return (metOn, proposal.AgeRange, subjects, strengths, targets);
    }

    /// <summary>
    /// The four-eyes rule: the moderator is neither the candidate's assessor nor the person who proposed the outcome,
    /// whatever roles they hold.
    /// </summary>
    public bool CanBeModeratedBy(Guid? userId, Guid? assessorId) => FourEyesAllow(userId, assessorId, ProposedById);

    /// <summary>The four-eyes rule on its own, for lists that read only the ids (the moderation queue).</summary>
    public static bool FourEyesAllow(Guid? userId, Guid? assessorId, Guid? proposedById) =>
        userId is { } id && id != Guid.Empty && id != assessorId && id != proposedById;

    internal AuditEntry Return(string comments, Actor moderator, DateTime now)
    {
        EnsureProposed();
        var text = Guard.Required(comments, "Enter comments telling the assessor what to change", MaxTextLength);
        _returns.Add(new ModerationReturn(moderator.UserId, moderator.Name, Guard.Utc(now), text));
        Status = RecommendationStatus.Returned;
        Changed();
        return Audit(moderator, now, "Proposal returned to the assessor", text);
    }

    internal AuditEntry Confirm(DecisionSnapshot snapshot, Actor moderator, DateTime now)
    {
        EnsureProposed();
        ConfirmedById = moderator.UserId;
        ConfirmedByName = moderator.Name;
        ConfirmedAt = Guard.Utc(now);
        Snapshot = snapshot.ToJson();
        SnapshotSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Snapshot)));
        Status = RecommendationStatus.Confirmed;
        Changed();
        return Audit(moderator, now, "Decision confirmed by moderation", $"{Summary}. Snapshot SHA-256 {SnapshotSha256}");
    }

    /// <summary>When an admin may still withdraw the confirmed decision: until <paramref name="windowDays"/> days after confirmation.</summary>
    public DateTime? WithdrawableUntil(int windowDays) => ConfirmedAt?.AddDays(windowDays);

    /// <summary>Withdraws the confirmed decision; returns the reason as given, for the candidate's audit entry.</summary>
    internal string Withdraw(string reason, int windowDays, Actor admin, DateTime now)
    {
        if (Status != RecommendationStatus.Confirmed) throw new DomainRuleException("Only a confirmed decision can be withdrawn");
        if (IsExported) throw new DomainRuleException("This recommendation has been exported to Register, so it can no longer be withdrawn here");
        if (now > WithdrawableUntil(windowDays))
            throw new DomainRuleException($"A confirmed decision can be withdrawn only within {windowDays} days of its confirmation");
        var text = Guard.Required(reason, "Enter the reason for withdrawing the decision", MaxTextLength);
        WithdrawnAt = Guard.Utc(now);
        WithdrawnByName = admin.Name;
        WithdrawalReason = text;
        Status = RecommendationStatus.Withdrawn;
        Changed();
        return text;
    }

    /// <summary>
    /// Closes a recommendation still in the making (judgements, a proposal, or one moderation returned) when the candidate
    /// leaves the route, so no queue shows it again. A confirmed decision stands as it was decided.
    /// </summary>
    internal void CloseForWithdrawnCandidate(Actor admin, DateTime now)
    {
        if (Status is RecommendationStatus.Confirmed or RecommendationStatus.Withdrawn) return;
        WithdrawnAt = Guard.Utc(now);
        WithdrawnByName = admin.Name;
        WithdrawalReason = "The candidate was withdrawn";
        Status = RecommendationStatus.Withdrawn;
        Changed();
    }

    /// <summary>Whether the recommendation is ready for Register: confirmed for QTS and not yet exported.</summary>
    public bool AwaitsExport => Status == RecommendationStatus.Confirmed && Outcome == RecommendationOutcome.Recommend && !IsExported;

    internal void MarkExported(Guid exportId, DateTime now)
    {
        if (!AwaitsExport) throw new DomainRuleException("Only a confirmed recommendation for QTS that has not been exported can be exported");
        ExportId = exportId;
        ExportedAt = Guard.Utc(now);
        Changed();
    }

    internal void RecordAward(DateOnly awardedOn, DateOnly today)
    {
        if (Status != RecommendationStatus.Confirmed || Outcome != RecommendationOutcome.Recommend)
            throw new DomainRuleException("QTS can be awarded only on a confirmed recommendation");
        if (!IsExported) throw new DomainRuleException("Export the recommendation to Register before recording the award");
        if (awardedOn > today) throw new DomainRuleException("The date QTS was awarded must be today or in the past", "AwardedOn");
        if (awardedOn < RequirementsMetOn)
            throw new DomainRuleException($"The date QTS was awarded cannot be before the requirements were met on {AssessmentPlan.Day(RequirementsMetOn!.Value)}", "AwardedOn");
        QtsAwardedOn = awardedOn;
        Changed();
    }

    /// <summary>The proposal in words, for the audit trail and the moderation queue.</summary>
    public string Summary => Outcome switch
    {
        RecommendationOutcome.Recommend =>
            $"Recommend for QTS, {AgeRange}{(Subjects.Count > 0 ? $", {string.Join(", ", Subjects)}" : "")}; requirements met on {AssessmentPlan.Day(RequirementsMetOn!.Value)}",
        RecommendationOutcome.NotRecommend =>
            $"Not recommended: {string.Join(", ", Judgements.Where(j => !j.IsMet).Select(j => j.Code))} not yet met",
        _ => "No outcome proposed yet",
    };

    internal void EnsureBelongsTo(Guid candidateId)
    {
        if (CandidateId != candidateId) throw new DomainRuleException("That recommendation belongs to another candidate");
    }

    internal void EnsureCanChange()
    {
        if (!CanChange)
            throw new DomainRuleException(Status switch
            {
                RecommendationStatus.Proposed => "The proposal is with moderation: it can be changed only if the moderator returns it",
                RecommendationStatus.Withdrawn => "This decision was withdrawn: the assessor's next proposal starts a new one",
                _ => "This decision has been confirmed and cannot be changed",
            });
    }

    private void EnsureProposed()
    {
        if (Status != RecommendationStatus.Proposed) throw new DomainRuleException("There is no proposal waiting for moderation");
    }

    private AuditEntry Audit(Actor actor, DateTime now, string action, string? detail) =>
        AuditEntry.Record(actor, now, nameof(Candidate), CandidateId, action, detail);

    private void Changed() => Version = Guid.NewGuid();
}
