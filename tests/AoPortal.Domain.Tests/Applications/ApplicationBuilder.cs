using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Tests.Candidates;

namespace AoPortal.Domain.Tests.Applications;

/// <summary>
/// Builds a candidate along the real lifecycle: invited with <see cref="Candidate.Invite"/>, then each section of the
/// application filled through the candidate's own methods, all on <see cref="TestClock.Today"/>.
/// By default a secondary mathematics teacher, 11 to 16 (see <see cref="CandidateDetailsBuilder"/>).
/// <code>new ApplicationBuilder().WithPersonalDetails().WithDegree().Build()</code>
/// <code>new ApplicationBuilder().Primary().Complete().Build()</code>
/// </summary>
public sealed class ApplicationBuilder
{
    public static readonly Guid CandidateUserId = Guid.Parse("0b6e5c4d-2a1f-4e3d-8c7b-6a5f4e3d2c1b");
    public static readonly Actor Admin = new(Guid.Parse("9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a"), "Priya Admin");
    public static readonly Actor CandidateActor = new(CandidateUserId, "Amira Khan");

    /// <summary>The school a completed application confirms, a different one from the school the admin chose.</summary>
    public static readonly Guid ConfirmedSchoolId = Guid.Parse("3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d");

    private readonly CandidateDetailsBuilder _details = new();
    private readonly List<Action<Candidate>> _steps = [];

    /// <summary>Changes what the admin enters when inviting the candidate.</summary>
    public ApplicationBuilder Invited(Action<CandidateDetailsBuilder> change)
    {
        change(_details);
        return this;
    }

    /// <summary>A primary teacher, 5 to 11, who names no subject.</summary>
    public ApplicationBuilder Primary() => Invited(d => d.Primary());

    public ApplicationBuilder ForAgeRange(int fromAge, int toAge, params string[] subjects) =>
        Invited(d => d.WithAgeRange(fromAge, toAge).WithSubjects(subjects));

    public ApplicationBuilder WithPersonalDetails(PersonalDetails? details = null) =>
        Then(c => c.SavePersonalDetails(details ?? new PersonalDetailsBuilder().Build()));

    public ApplicationBuilder WithDegree(Degree? degree = null) =>
        Then(c => c.SaveDegree(degree ?? new DegreeBuilder().Build()));

    public ApplicationBuilder WithGcse(GcseResult result) => Then(c => c.SaveGcse(result));

    public ApplicationBuilder WithGcse(GcseSubject subject) => WithGcse(GcseResultBuilder.Pass(subject));

    /// <summary>Passes in English, maths and science, enough for any age range.</summary>
    public ApplicationBuilder WithGcses() =>
        WithGcse(GcseSubject.English).WithGcse(GcseSubject.Maths).WithGcse(GcseSubject.Science);

    /// <summary>Adds the posts, without confirming the list is complete.</summary>
    public ApplicationBuilder WithExperience(params ExperienceEntry[] entries) =>
        Then(c =>
        {
            foreach (var entry in entries) c.SaveExperience(entry);
        });

    /// <summary>
    /// Two full-time, full-responsibility posts across the candidate's intended age range: Riverside Academy from
    /// 1 September 2022 to 31 August 2024, then Hillside School from 1 September 2024 to now.
    /// </summary>
    public ApplicationBuilder WithTwoSchoolsOfExperience() => Then(AddTwoSchoolsOfExperience);

    public ApplicationBuilder WithExperienceConfirmed() => Then(c => c.ConfirmExperienceComplete());

    /// <summary>The candidate checks the age range and subjects the admin entered.</summary>
    public ApplicationBuilder WithIntendedAssessment() => Then(c => c.SaveIntendedAssessment(c.IntendedAgeRange!.Value, c.Subjects));

    public ApplicationBuilder WithIntendedAssessment(AgeRange ageRange, params string[] subjects) =>
        Then(c => c.SaveIntendedAssessment(ageRange, subjects));

    public ApplicationBuilder WithDeclarations(HealthDeclaration health = HealthDeclaration.NoConditions) =>
        Then(c => c.SaveDeclarations(DeclarationsFor(health)));

    public ApplicationBuilder WithSchoolSupport() => Then(c => c.SaveSchoolSupport(ConfirmedSchoolId, null));

    /// <summary>Fills every section not filled yet, so the application is ready to submit.</summary>
    public ApplicationBuilder Complete() =>
        Then(c =>
        {
            var application = c.Application;
            if (application.PersonalDetails is null) c.SavePersonalDetails(new PersonalDetailsBuilder().Build());
            if (application.Degree is null) c.SaveDegree(new DegreeBuilder().Build());
            foreach (var subject in Enum.GetValues<GcseSubject>())
                if (application.Gcse(subject) is null) c.SaveGcse(GcseResultBuilder.Pass(subject));
            if (application.Experience.Count == 0) AddTwoSchoolsOfExperience(c);
            if (!application.ExperienceConfirmed) c.ConfirmExperienceComplete();
            if (!application.IntendedAssessmentConfirmed) c.SaveIntendedAssessment(c.IntendedAgeRange!.Value, c.Subjects);
            if (application.Declarations is null) c.SaveDeclarations(DeclarationsFor(HealthDeclaration.NoConditions));
            if (!application.SchoolConfirmed) c.SaveSchoolSupport(ConfirmedSchoolId, null);
        });

    /// <summary>Completes the application and submits it, as the candidate, at <see cref="TestClock.Now"/>.</summary>
    public ApplicationBuilder Submitted() => Complete().Then(c => c.Submit(CandidateActor, TestClock.Now));

    public Candidate Build()
    {
        var (candidate, _) = Candidate.Invite(CandidateUserId, _details.Build(), Admin, TestClock.InvitedAt);
        foreach (var step in _steps) step(candidate);
        return candidate;
    }

    public static Declarations DeclarationsFor(HealthDeclaration health) =>
        new(health, health == HealthDeclaration.ConditionManaged ? "Needs a lift to reach upstairs classrooms" : null, false, null, true);

    private ApplicationBuilder Then(Action<Candidate> step)
    {
        _steps.Add(step);
        return this;
    }

    private static void AddTwoSchoolsOfExperience(Candidate candidate)
    {
        var range = candidate.IntendedAgeRange!.Value;
        candidate.SaveExperience(new ExperienceEntryBuilder().At("Riverside Academy").Teaching(range.FromAge, range.ToAge)
            .Between(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31)).Build());
        candidate.SaveExperience(new ExperienceEntryBuilder().At("Hillside School").Teaching(range.FromAge, range.ToAge)
            .From(new DateOnly(2024, 9, 1)).Current().Build());
    }
}
