using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;

namespace AoPortal.Domain.Candidates;

/// <summary>
/// An experienced unqualified teacher on the way to QTS. The status changes only through the
/// transition methods; each one records an audit entry.
/// </summary>
public sealed class Candidate
{
    public const int MaxSubjects = AssessedSubjects.Max;
    private IReadOnlyList<string> _subjects = [];

    private Candidate() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string FirstNames { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? Trn { get; private set; }
    /// <summary>The school that employs the candidate; null until a self-registered candidate names a listed school.</summary>
    public Guid? EmployingSchoolId { get; private set; }

    /// <summary>The age range the candidate asks to be assessed for; null until a self-registered candidate chooses it.</summary>
    public AgeRange? IntendedAgeRange { get; private set; }

    public IReadOnlyList<string> Subjects => _subjects;
    public CandidateStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid Version { get; private set; }
    public CandidateApplication Application { get; private set; } = new();
    public EligibilityReview Review { get; private set; } = new();

    /// <summary>
    /// The full name in lower case, kept for searching: SQLite's lower() folds only ASCII letters,
    /// so "Émile" could not otherwise be found by "émile".
    /// </summary>
    public string SearchName { get; private set; } = "";

    public string FullName => $"{FirstNames} {LastName}";

    /// <summary>The candidate may change their application: before they submit it, or after the provider returns it.</summary>
    public bool ApplicationCanChange => Status == CandidateStatus.ApplicationDraft;

    /// <summary>
    /// The school lead who nominated the candidate from their school's page; null when an admin created the record.
    /// A name is kept with the id so the record still says who it was if the account is later renamed or deactivated.
    /// </summary>
    public Guid? NominatedById { get; private set; }

    public string? NominatedByName { get; private set; }

    /// <summary>The assessor allocated to the accepted candidate; their name is kept as it was when allocated.</summary>
    public Guid? AssessorId { get; private set; }

    public string? AssessorName { get; private set; }

    /// <summary>Why the candidate left the route, when they were withdrawn.</summary>
    public Recommendations.WithdrawalReason? WithdrawalReason { get; private set; }

    public string? WithdrawalDetail { get; private set; }

    /// <summary>
    /// Creates the record an admin invites a candidate with; the candidate then completes their application.
    /// Returns the audit entry of the creation for the caller to store with it.
    /// </summary>
    public static (Candidate Candidate, AuditEntry Audit) Invite(Guid userId, CandidateDetails details, Actor actor, DateTime now)
    {
        var candidate = Create(userId, details, now);
        var audit = AuditEntry.Record(actor, now, nameof(Candidate), candidate.Id, "Candidate record created and invited",
            $"Status: {candidate.Status.DisplayName()}");
        return (candidate, audit);
    }

    /// <summary>
    /// Creates the record of a member of staff their school lead nominates: the same record an admin's invitation makes,
    /// which also says who nominated them. Returns the audit entry of the nomination for the caller to store with it.
    /// </summary>
    public static (Candidate Candidate, AuditEntry Audit) Nominate(Guid userId, CandidateDetails details, Actor schoolLead, DateTime now)
    {
        if (schoolLead.UserId is not { } leadId || leadId == Guid.Empty)
            throw new DomainRuleException("Only a signed-in school lead can nominate a member of staff");
        var leadName = Guard.Required(schoolLead.Name, "Enter the name of the school lead who nominated the candidate", 100);

        var candidate = Create(userId, details, now);
        candidate.NominatedById = leadId;
        candidate.NominatedByName = leadName;
        var audit = AuditEntry.Record(schoolLead, now, nameof(Candidate), candidate.Id, "Nominated by the school", leadName);
        return (candidate, audit);
    }

    /// <summary>
    /// Creates the record of someone who registered from the sign-in page and proved their email address. They choose
    /// their school and age range in their application. Returns the audit entry of the registration.
    /// </summary>
    public static (Candidate Candidate, AuditEntry Audit) Register(Guid userId, string firstNames, string lastName, string email, DateTime now)
    {
        var candidate = Create(userId, firstNames, lastName, email, now);
        var audit = AuditEntry.Record(new Actor(userId, candidate.FullName), now, nameof(Candidate), candidate.Id,
            "Registered from the sign-in page", $"Status: {candidate.Status.DisplayName()}");
        return (candidate, audit);
    }

    /// <summary>A record made for someone by an admin or a school lead, who says where they work and what they will be assessed for.</summary>
    private static Candidate Create(Guid userId, CandidateDetails details, DateTime now)
    {
        var subjects = AssessedSubjects.Checked(details.IntendedAgeRange, details.Subjects);
        if (details.EmployingSchoolId == Guid.Empty) throw new DomainRuleException("Select the candidate's employing school");
        var candidate = Create(userId, details.FirstNames, details.LastName, details.Email, now);
        candidate.EmployingSchoolId = details.EmployingSchoolId;
        candidate.IntendedAgeRange = details.IntendedAgeRange;
        candidate._subjects = subjects;
        return candidate;
    }

    /// <summary>The one way a candidate record comes into being, with the rules every new record keeps.</summary>
    private static Candidate Create(Guid userId, string firstNames, string lastName, string email, DateTime now)
    {
        if (userId == Guid.Empty) throw new DomainRuleException("A candidate record needs the candidate's account");
        var candidate = new Candidate
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            FirstNames = Guard.Required(firstNames, "Enter the candidate's first names", 100),
            LastName = Guard.Required(lastName, "Enter the candidate's last name", 100),
            Email = NormaliseEmail(email),
            Status = CandidateStatus.ApplicationDraft,
            CreatedAt = Guard.Utc(now),
            Version = Guid.NewGuid(),
        };
        candidate.SearchName = candidate.FullName.ToLowerInvariant();
        return candidate;
    }

    public void SavePersonalDetails(PersonalDetails details)
    {
        EnsureApplicationCanChange();
        Application.SetPersonalDetails(details);
        if (details.Trn is not null) Trn = details.Trn;
        Changed();
    }

    public void SaveDegree(Degree degree)
    {
        EnsureApplicationCanChange();
        Application.SetDegree(degree);
        Changed();
    }

    public void SaveGcse(GcseResult result)
    {
        EnsureApplicationCanChange();
        Application.SetGcse(result);
        Changed();
    }

    /// <summary>
    /// Adds an uploaded certificate, replacing any earlier one of the same kind; returns the replaced document,
    /// whose file the caller deletes once the change is saved.
    /// </summary>
    public ApplicationDocument? AttachDocument(ApplicationDocument document)
    {
        EnsureApplicationCanChange();
        var replaced = Application.AttachDocument(document);
        Changed();
        return replaced;
    }

    /// <summary>Adds a post, or replaces the one with the same id.</summary>
    public void SaveExperience(ExperienceEntry entry)
    {
        EnsureApplicationCanChange();
        Application.SaveExperience(entry);
        Changed();
    }

    /// <summary>Changes a post already in the application; an id that is not one of its posts is refused.</summary>
    public void ChangeExperience(ExperienceEntry entry)
    {
        EnsureApplicationCanChange();
        if (Application.Experience.All(e => e.Id != entry.Id)) throw new DomainRuleException("That post is not in your application");
        Application.SaveExperience(entry);
        Changed();
    }

    public void RemoveExperience(Guid entryId)
    {
        EnsureApplicationCanChange();
        if (!Application.RemoveExperience(entryId)) throw new DomainRuleException("That post is not in your application");
        Changed();
    }

    public void ConfirmExperienceComplete()
    {
        EnsureApplicationCanChange();
        if (Application.Experience.Count == 0) throw new DomainRuleException("Add at least one school or setting where you have taught");
        Application.ConfirmExperience();
        Changed();
    }

    public void SaveIntendedAssessment(AgeRange ageRange, IReadOnlyList<string> subjects)
    {
        EnsureApplicationCanChange();
        var checkedSubjects = AssessedSubjects.Checked(ageRange, subjects);
        IntendedAgeRange = ageRange;
        _subjects = checkedSubjects;
        Application.ConfirmIntendedAssessment();
        Changed();
    }

    public void SaveDeclarations(Declarations declarations)
    {
        EnsureApplicationCanChange();
        Application.SetDeclarations(declarations);
        Changed();
    }

    /// <summary>
    /// The candidate confirms their employing school from the provider's list, or names one that is not listed yet.
    /// A different school (or one not listed) withdraws the old school's confirmation of support: the new school confirms its own.
    /// </summary>
    public void SaveSchoolSupport(Guid? employingSchoolId, string? requestedSchoolName)
    {
        EnsureApplicationCanChange();
        var requested = Guard.Optional(requestedSchoolName, 200, "School name");
        var listed = employingSchoolId is { } id && id != Guid.Empty ? id : (Guid?)null;
        if (listed is null && requested is null)
            throw new DomainRuleException("Select your school, or tell us its name if it is not listed", nameof(EmployingSchoolId));
        ChangeEmployer(listed);
        Application.ConfirmSchool(listed is null ? requested : null);
        Changed();
    }

    /// <summary>
    /// The provider links a candidate who named a school that was not listed to that school, once it is on the list.
    /// Its school lead can then confirm support.
    /// </summary>
    public AuditEntry LinkRequestedSchool(Guid schoolId, string schoolName, Actor actor, DateTime now)
    {
        if (Application.RequestedSchoolName is not { } requested)
            throw new DomainRuleException("This candidate has not asked for a school to be added");
        EnsureBeforeDecision("The school can only be linked before the application is decided");
        if (schoolId == Guid.Empty) throw new DomainRuleException("Select the school to link", nameof(EmployingSchoolId));
        ChangeEmployer(schoolId);
        Application.ConfirmSchool(null);
        Changed();
        return AuditEntry.Record(actor, now, nameof(Candidate), Id, "Requested school linked", $"Asked for: {requested}. Linked to: {schoolName}");
    }

    private void ChangeEmployer(Guid? schoolId)
    {
        if (schoolId == EmployingSchoolId) return;
        EmployingSchoolId = schoolId;
        Review.ClearSchoolSupport();
    }

    /// <summary>Sends the application to the provider. Every section must be complete; afterwards it cannot be changed.</summary>
    public AuditEntry Submit(Actor actor, DateTime now)
    {
        if (!ApplicationCanChange) throw new DomainRuleException("This application has already been submitted");
        var incomplete = ApplicationProgress.Incomplete(this);
        if (incomplete.Count > 0)
            throw new DomainRuleException($"Complete these sections before you submit: {string.Join(", ", incomplete.Select(s => Text.LowerFirst(s.DisplayName())))}");
        // Judgements of the answers were made on what the candidate wrote before; after a return they may have changed it.
        var cleared = Review.ClearJudgementsOfAnswers();
        var audit = Transition(CandidateEvent.Submit, actor, now,
            cleared > 0 ? "Judgements of the answers cleared for the provider to judge again" : null);
        Application.MarkSubmitted(now);
        return audit;
    }

    /// <summary>
    /// A provider user judges one requirement. The first judgement starts the review. A waiver needs the policy's
    /// discretion and a written rationale; safeguarding can be met only once its checks are recorded; school support
    /// is confirmed by the school lead, never judged here. Returns the audit entries to store.
    /// </summary>
    public IReadOnlyList<AuditEntry> JudgeRequirement(
        EligibilityRequirement requirement, JudgementOutcome outcome, string? rationale, EligibilityPolicy policy, Actor actor, DateTime now)
    {
        EnsureUnderReview();
        if (requirement == EligibilityRequirement.SchoolSupport)
            throw new DomainRuleException("School support is confirmed by the school lead of the employing school");
        var reason = Guard.Optional(rationale, 2000, "Rationale");
        if (outcome == JudgementOutcome.Waived)
        {
            if (!policy.DiscretionAllowed.Contains(requirement))
                throw new DomainRuleException($"The eligibility policy does not allow {Text.LowerFirst(requirement.DisplayName())} to be waived", "Outcome");
            if (reason is null) throw new DomainRuleException("Enter the rationale for waiving this requirement", "Rationale");
        }

        if (requirement == EligibilityRequirement.Safeguarding && outcome == JudgementOutcome.Met && Review.Safeguarding is null)
            throw new DomainRuleException("Record the DBS and prohibition checks before marking safeguarding as met", "Outcome");

        var entries = StartReviewIfNeeded(actor, now);
        Review.Judge(new RequirementJudgement(requirement, outcome, reason, actor.UserId, actor.Name, Guard.Utc(now)));
        Changed();
        entries.Add(AuditEntry.Record(actor, now, nameof(Candidate), Id, $"{requirement.DisplayName()} judged {Text.LowerFirst(outcome.DisplayName())}", reason));
        return entries;
    }

    /// <summary>Records the provider's safeguarding checks. The audit entry says that they were recorded, never what they are.</summary>
    public IReadOnlyList<AuditEntry> RecordSafeguardingChecks(SafeguardingChecks checks, Actor actor, DateTime now)
    {
        EnsureUnderReview();
        var entries = StartReviewIfNeeded(actor, now);
        Review.RecordSafeguarding(checks);
        Changed();
        entries.Add(AuditEntry.Record(actor, now, nameof(Candidate), Id, "Safeguarding checks recorded"));
        return entries;
    }

    /// <summary>The school lead confirms the school supports the assessment: that meets the school support requirement.</summary>
    public AuditEntry ConfirmSchoolSupport(SchoolSupportConfirmation confirmation, Actor schoolLead, DateTime now)
    {
        EnsureBeforeDecision("School support can only be confirmed before the application is decided");
        if (EmployingSchoolId is null) throw new DomainRuleException("The candidate has not named a school on the provider's list yet");
        Review.RecordSchoolSupport(confirmation);
        Review.Judge(new RequirementJudgement(EligibilityRequirement.SchoolSupport, JudgementOutcome.Met,
            null, schoolLead.UserId, schoolLead.Name, Guard.Utc(now)));
        Changed();
        return AuditEntry.Record(schoolLead, now, nameof(Candidate), Id, "School support confirmed", $"Mentor: {confirmation.MentorName}");
    }

    /// <summary>Sends the application back to the candidate to change, with a message saying what to change.</summary>
    public AuditEntry Return(string message, Actor actor, DateTime now)
    {
        var text = Guard.Required(message, "Enter a message telling the candidate what to change", 2000);
        var audit = Transition(CandidateEvent.Return, actor, now, text);
        Application.MarkReturned(text);
        return audit;
    }

    /// <summary>
    /// Accepts the candidate for assessment. Every requirement that applies must be judged met or waived;
    /// otherwise the refusal lists, in words, what is missing.
    /// </summary>
    public AuditEntry Accept(EligibilityPolicy policy, Actor actor, DateTime now, DateOnly today)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.Accept);
        var missing = EligibilityEvaluator.Evaluate(this, policy, today)
            .Where(r => r.Status != ComputedStatus.NotApplicable && Review.JudgementOf(r.Requirement) is not { Passes: true })
            .Select(r => Text.LowerFirst(r.Requirement.DisplayName()))
            .ToList();
        if (missing.Count > 0)
            throw new DomainRuleException($"These requirements are not yet met or waived: {string.Join(", ", missing)}");
        var audit = Transition(CandidateEvent.Accept, actor, now, $"Eligibility policy version {policy.Version}");
        Review.RecordDecision(policy.Version, null);
        return audit;
    }

    public AuditEntry Reject(string reason, EligibilityPolicy policy, Actor actor, DateTime now)
    {
        var text = Guard.Required(reason, "Enter the reason for rejecting the application", 2000);
        var audit = Transition(CandidateEvent.Reject, actor, now, text);
        Review.RecordDecision(policy.Version, text);
        return audit;
    }

    /// <summary>An admin allocates (or re-allocates) the assessor of an accepted candidate. Returns the audit entry.</summary>
    public AuditEntry AllocateAssessor(Guid assessorId, string assessorName, Actor actor, DateTime now)
    {
        if (Status is not (CandidateStatus.Accepted or CandidateStatus.InAssessment or CandidateStatus.Deferred))
            throw new DomainRuleException("An assessor can be allocated only once the candidate is accepted and until the assessment ends");
        if (assessorId == Guid.Empty) throw new DomainRuleException("Select the assessor", nameof(AssessorId));
        var name = Guard.Required(assessorName, "Enter the assessor's name", 100);
        if (assessorId == AssessorId) throw new DomainRuleException($"{AssessorName} is already the assessor", nameof(AssessorId));
        var previous = AssessorName;
        AssessorId = assessorId;
        AssessorName = name;
        Changed();
        return previous is null
            ? AuditEntry.Record(actor, now, nameof(Candidate), Id, "Assessor allocated", name)
            : AuditEntry.Record(actor, now, nameof(Candidate), Id, "Assessor re-allocated", $"From {previous} to {name}");
    }

    /// <summary>
    /// The allocated assessor starts the assessment: the plan is made from the template for the agreed start date and the
    /// age range and subjects they confirmed, and the candidate moves into assessment. Returns the plan and the audit entry.
    /// </summary>
    public (Assessments.AssessmentPlan Plan, AuditEntry Audit) StartAssessment(
        Assessments.PlanTemplate template, DateOnly startDate, AgeRange? ageRange, IReadOnlyList<string> subjects, Actor actor, DateTime now, DateOnly today)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.StartAssessment);
        if (AssessorId is null) throw new DomainRuleException("Allocate an assessor before the assessment starts");
        var plan = Assessments.AssessmentPlan.Create(Id, template, startDate, ageRange, subjects, today);
        return (plan, Transition(CandidateEvent.StartAssessment, actor, now, plan.Summary));
    }

    /// <summary>Pauses the assessment clock from a day, with the reason: the plan stops and the candidate is deferred.</summary>
    public AuditEntry Defer(Assessments.AssessmentPlan plan, DateOnly pausedOn, string reason, Actor actor, DateTime now, DateOnly today)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.Defer);
        EnsureOwnPlan(plan);
        return Transition(CandidateEvent.Defer, actor, now, plan.Defer(pausedOn, reason, actor, today));
    }

    /// <summary>Restarts the clock: what was still to do moves later by the days paused, and the candidate is back in assessment.</summary>
    public AuditEntry Reinstate(Assessments.AssessmentPlan plan, DateOnly reinstatedOn, Actor actor, DateTime now, DateOnly today)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.Reinstate);
        EnsureOwnPlan(plan);
        return Transition(CandidateEvent.Reinstate, actor, now, plan.Reinstate(reinstatedOn, today));
    }

    /// <summary>
    /// The provider confirms fundamental English and maths during the assessment (DOMAIN.md: before QTS is recommended),
    /// when it was waived at selection to be confirmed later.
    /// </summary>
    public AuditEntry ConfirmFundamentalSkills(string? note, Actor actor, DateTime now)
    {
        if (Status is not (CandidateStatus.InAssessment or CandidateStatus.Deferred))
            throw new DomainRuleException("Fundamental English and maths are confirmed here only during the assessment");
        if (Review.JudgementOf(EligibilityRequirement.FundamentalSkills) is { Outcome: JudgementOutcome.Met })
            throw new DomainRuleException("Fundamental English and maths are already confirmed");
        var text = Guard.Optional(note, 2000, "The note");
        Review.Judge(new RequirementJudgement(EligibilityRequirement.FundamentalSkills, JudgementOutcome.Met, text, actor.UserId, actor.Name, Guard.Utc(now)));
        Changed();
        return AuditEntry.Record(actor, now, nameof(Candidate), Id, "Fundamental English and maths confirmed", text);
    }

    public bool FundamentalSkillsConfirmed => Review.JudgementOf(EligibilityRequirement.FundamentalSkills) is { Outcome: JudgementOutcome.Met };

    /// <summary>
    /// The assessor records (or changes) the final judgement of one standard while the assessment runs, citing shared
    /// records and accepted evidence only (<paramref name="citable"/>).
    /// </summary>
    public AuditEntry RecordFinalJudgement(
        Recommendations.Recommendation recommendation, Recommendations.FinalJudgement judgement, IReadOnlySet<Guid> citable, Actor actor, DateTime now)
    {
        recommendation.EnsureBelongsTo(Id);
        recommendation.EnsureCanChange();
        if (Status != CandidateStatus.InAssessment) throw new DomainRuleException("Final judgements are recorded while the assessment is running");
        var audit = recommendation.RecordJudgement(judgement, citable, actor, now);
        Changed();
        return audit;
    }

    /// <summary>
    /// The assessor proposes the outcome for moderation: refused, listing what is missing, unless every gate of
    /// <see cref="Recommendations.RecommendationGate"/> is passed. The candidate then awaits moderation.
    /// </summary>
    public IReadOnlyList<AuditEntry> ProposeOutcome(
        Recommendations.Recommendation recommendation, Recommendations.RecommendationProposal proposal, Assessments.AssessmentPlan plan,
        IEnumerable<Assessments.AssessmentRecord> records, Actor actor, DateTime now, DateOnly today)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.Propose);
        recommendation.EnsureBelongsTo(Id);
        EnsureOwnPlan(plan);
        // The lessons observed must cover the range proposed, which may differ from the range the plan assessed.
        var coverage = Assessments.ObservationCoverage.Of(proposal.AgeRange ?? plan.AgeRange, records.Where(r => r.CandidateId == Id));
        var proposed = recommendation.Propose(proposal, plan, FundamentalSkillsConfirmed, coverage, actor, now, today);
        return [proposed, Transition(CandidateEvent.Propose, actor, now, null)];
    }

    /// <summary>A moderator returns the proposal to the assessor with comments; the assessment runs on.</summary>
    public IReadOnlyList<AuditEntry> ReturnProposal(Recommendations.Recommendation recommendation, string comments, Actor moderator, DateTime now)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.ReturnProposal);
        EnsureMayModerate(recommendation, moderator);
        var returned = recommendation.Return(comments, moderator, now);
        return [returned, Transition(CandidateEvent.ReturnProposal, moderator, now, null)];
    }

    /// <summary>
    /// A moderator confirms the proposal: the decision is frozen with the shared records and accepted evidence it rests on,
    /// and the candidate is recommended for QTS, or not recommended.
    /// </summary>
    public IReadOnlyList<AuditEntry> ConfirmOutcome(
        Recommendations.Recommendation recommendation, Assessments.AssessmentPlan plan, IEnumerable<Assessments.AssessmentRecord> records,
        IEnumerable<Evidence.EvidenceItem> evidence, Actor moderator, DateTime now)
    {
        var @event = recommendation.Outcome == Recommendations.RecommendationOutcome.NotRecommend
            ? CandidateEvent.ConfirmNotRecommended
            : CandidateEvent.ConfirmRecommended;
        CandidateLifecycle.EnsureAllowed(Status, @event);
        EnsureMayModerate(recommendation, moderator);
        EnsureOwnPlan(plan);
        var snapshot = Recommendations.DecisionSnapshot.Take(this, recommendation, plan, records, evidence, moderator, now);
        var confirmed = recommendation.Confirm(snapshot, moderator, now);
        return [confirmed, Transition(@event, moderator, now, null)];
    }

    private void EnsureMayModerate(Recommendations.Recommendation recommendation, Actor moderator)
    {
        recommendation.EnsureBelongsTo(Id);
        if (!recommendation.CanBeModeratedBy(moderator.UserId, AssessorId))
            throw new DomainRuleException("You cannot moderate this decision: a moderator must be neither the candidate's assessor nor the person who proposed it");
    }

    /// <summary>
    /// An admin withdraws a confirmed decision, within the window and before it is exported, with the reason; the candidate
    /// is back in assessment and the assessor can propose again.
    /// </summary>
    public AuditEntry WithdrawDecision(Recommendations.Recommendation recommendation, string reason, int windowDays, Actor admin, DateTime now)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.WithdrawDecision);
        recommendation.EnsureBelongsTo(Id);
        var text = recommendation.Withdraw(reason, windowDays, admin, now);
        return Transition(CandidateEvent.WithdrawDecision, admin, now, text);
    }

    /// <summary>An admin records the date DfE awarded QTS on an exported recommendation, closing the case.</summary>
    public AuditEntry RecordQtsAward(Recommendations.Recommendation recommendation, DateOnly awardedOn, Actor admin, DateTime now, DateOnly today)
    {
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.AwardQts);
        recommendation.EnsureBelongsTo(Id);
        recommendation.RecordAward(awardedOn, today);
        return Transition(CandidateEvent.AwardQts, admin, now, $"Awarded on {Assessments.AssessmentPlan.Day(awardedOn)}");
    }

    /// <summary>
    /// An admin records that the candidate has left the route, with a structured reason (and details for "another reason").
    /// A recommendation still in the making (<paramref name="current"/>) is closed with them.
    /// </summary>
    public AuditEntry Withdraw(Recommendations.WithdrawalReason reason, string? detail, Actor admin, DateTime now, Recommendations.Recommendation? current = null)
    {
        current?.EnsureBelongsTo(Id);
        if (Status == CandidateStatus.Recommended)
            throw new DomainRuleException("The candidate has a confirmed recommendation for QTS: withdraw the recommendation first");
        CandidateLifecycle.EnsureAllowed(Status, CandidateEvent.Withdraw);
        if (!Enum.IsDefined(reason)) throw new DomainRuleException("Select the reason for the withdrawal", nameof(WithdrawalReason));
        var text = reason == Recommendations.WithdrawalReason.Other
            ? Guard.Required(detail, "Enter the reason for the withdrawal", 2000)
            : Guard.Optional(detail, 2000, "The details");
        WithdrawalReason = reason;
        WithdrawalDetail = text;
        current?.CloseForWithdrawnCandidate(admin, now);
        return Transition(CandidateEvent.Withdraw, admin, now, Recommendations.WithdrawalReasonNames.DisplayName(reason) + (text is null ? "" : $": {text}"));
    }

    private void EnsureOwnPlan(Assessments.AssessmentPlan plan)
    {
        if (plan.CandidateId != Id) throw new DomainRuleException("That plan belongs to another candidate");
    }

    /// <summary>
    /// An admin records the teacher reference number DfE issued (after the candidate's registration), which Register's
    /// export needs. Seven digits; the previous number, if any, is kept in the audit entry.
    /// </summary>
    public AuditEntry RecordTrn(string trn, Actor admin, DateTime now)
    {
        var value = trn?.Trim();
        if (string.IsNullOrEmpty(value)) throw new DomainRuleException("Enter the TRN", nameof(Trn));
        if (!Applications.PersonalDetails.IsValidTrn(value)) throw new DomainRuleException("TRN must be 7 digits, like 1234567", nameof(Trn));
        if (value == Trn) throw new DomainRuleException($"The candidate's TRN is already {value}", nameof(Trn));
        var previous = Trn;
        Trn = value;
        Changed();
        return AuditEntry.Record(admin, now, nameof(Candidate), Id, "TRN recorded", previous is null ? $"TRN {value}" : $"TRN {value}, replacing {previous}");
    }

    public static string NormaliseEmail(string email)
    {
        var trimmed = Guard.Required(email, "Enter the email address", 256).ToLowerInvariant();
        var at = trimmed.IndexOf('@');
        if (at <= 0 || at != trimmed.LastIndexOf('@') || at == trimmed.Length - 1)
            throw new DomainRuleException("Enter an email address in the correct format, like name@example.com");
        return trimmed;
    }

    private AuditEntry Transition(CandidateEvent @event, Actor actor, DateTime now, string? reason)
    {
        var from = Status;
        var (to, action) = CandidateLifecycle.Move(from, @event);
        Status = to;
        Changed();
        var detail = $"{from.DisplayName()} to {to.DisplayName()}" + (reason is null ? "" : $". {reason}");
        return AuditEntry.Record(actor, now, nameof(Candidate), Id, action, detail);
    }

    private List<AuditEntry> StartReviewIfNeeded(Actor actor, DateTime now) =>
        Status == CandidateStatus.Submitted ? [Transition(CandidateEvent.StartReview, actor, now, null)] : [];

    private void EnsureBeforeDecision(string refusal)
    {
        if (Status is not (CandidateStatus.ApplicationDraft or CandidateStatus.Submitted or CandidateStatus.EligibilityReview))
            throw new DomainRuleException(refusal);
    }

    private void EnsureUnderReview()
    {
        if (Status is not (CandidateStatus.Submitted or CandidateStatus.EligibilityReview))
            throw new DomainRuleException("Only a submitted application can be reviewed");
    }

    /// <summary>Refuses, in words, any change to an application that has been submitted and not returned.</summary>
    public void EnsureApplicationCanChange()
    {
        if (!ApplicationCanChange)
            throw new DomainRuleException("This application has been submitted, so it cannot be changed unless the provider returns it");
    }

    private void Changed() => Version = Guid.NewGuid();
}
