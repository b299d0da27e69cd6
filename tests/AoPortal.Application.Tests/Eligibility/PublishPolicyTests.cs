using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Moq;

namespace AoPortal.Application.Tests.Eligibility;

public sealed class PublishPolicyTests : IDisposable
{
    private const string Reason = "DfE now accepts 18 months of experience";

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Guid _adminId = Guid.NewGuid();
    private readonly PublishPolicy.Validator _validator = new();

    public void Dispose() => _database.Dispose();

    /// <summary>Version 1's settings, as the form starts, with the changes a test makes and a reason.</summary>
    private static PublishPolicy.Command Changes(Action<PublishPolicy.Command>? change = null)
    {
        var command = PublishPolicy.Command.From(EligibilityPolicy.Default(FakeTimeProvider.DefaultNow.UtcDateTime));
        command.Reason = Reason;
        change?.Invoke(command);
        return command;
    }

    private async Task<int> Publish(PublishPolicy.Command command, IAppDbContext? db = null)
    {
        await using var own = _database.NewContext();
        return await new PublishPolicy.Handler(db ?? own, TestUsers.Admin(_adminId), _clock).Handle(command, CancellationToken.None);
    }

    /// <summary>Publishes the next version offering only the ranges given, as an admin would.</summary>
    private async Task OfferOnly(string ranges)
    {
        await using var db = _database.NewContext();
        var current = await CurrentPolicy.LoadAsync(db, CancellationToken.None);
        await Publish(Changes(c =>
        {
            c.CurrentVersion = current.Version;
            c.OfferedAgeRanges = ranges;
        }));
    }

    private async Task<IReadOnlyList<EligibilityPolicy>> StoredPolicies()
    {
        await using var db = _database.NewContext();
        return await db.EligibilityPolicies.AsNoTracking().OrderBy(p => p.Version).ToListAsync();
    }

    private async Task<IReadOnlyList<AuditEntry>> PolicyAudit()
    {
        await using var db = _database.NewContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.SubjectId == EligibilityPolicy.AuditSubjectId).ToListAsync();
    }

    // Validator

    [Fact]
    public void The_current_settings_with_a_reason_are_valid() => ValidationAssert.IsValid(_validator.Validate(Changes()));

    [Fact]
    public void The_form_starts_with_the_current_settings_in_the_form_people_type_them()
    {
        var command = PublishPolicy.Command.From(EligibilityPolicy.Default(FakeTimeProvider.DefaultNow.UtcDateTime));

        Assert.Equal(1, command.CurrentVersion);
        Assert.Equal("2", command.MinimumYearsOfTeaching!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, command.MinimumSettings);
        Assert.True(command.RequireConsecutiveKeyStages);
        Assert.True(command.RequireScienceForPrimary);
        Assert.Equal([EligibilityRequirement.Experience, EligibilityRequirement.AgeRange], command.DiscretionAllowed);
        Assert.Equal("3-7, 3-11, 5-11, 7-11, 7-14, 11-16, 11-18, 14-19", command.OfferedAgeRanges);
        Assert.Null(command.Reason);
    }

    [Fact]
    public void Minimum_years_of_teaching_are_needed() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MinimumYearsOfTeaching = null)),
            "MinimumYearsOfTeaching", "Enter the minimum years of teaching");

    [Theory]
    [InlineData("-0.5")]
    [InlineData("10.5")]
    public void Minimum_years_of_teaching_outside_0_to_10_are_refused(string years) =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MinimumYearsOfTeaching = decimal.Parse(years, System.Globalization.CultureInfo.InvariantCulture))),
            "MinimumYearsOfTeaching", "Minimum years of teaching must be between 0 and 10");

    [Fact]
    public void Minimum_schools_or_settings_are_needed() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MinimumSettings = null)),
            "MinimumSettings", "Enter the minimum number of schools or settings");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Minimum_schools_or_settings_outside_1_to_5_are_refused(int settings) =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MinimumSettings = settings)),
            "MinimumSettings", "Minimum schools or settings must be between 1 and 5");

    [Theory]
    [InlineData(null)]
    [InlineData(" , ,")]
    public void Age_ranges_are_needed(string? ranges) =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.OfferedAgeRanges = ranges)),
            "OfferedAgeRanges", "Enter the age ranges you offer, separated by commas");

    [Theory]
    [InlineData("3-7, 12-13, 11-16", "12-13")]
    [InlineData("11-16, 2-7", "2-7")]
    [InlineData("11 to 16", "11 to 16")]
    public void Something_that_is_not_an_age_range_is_named_in_the_error(string ranges, string wrong) =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.OfferedAgeRanges = ranges)),
            "OfferedAgeRanges", $"'{wrong}' is not an age range: ages run from 3 to 19 and span at least 4 years");

    [Fact]
    public void A_reason_is_needed() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Reason = "  ")), "Reason", "Enter why the policy is changing");

    [Fact]
    public void A_reason_over_1000_characters_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Reason = new string('a', 1001))), "Reason", "The reason must be 1000 characters or fewer");

    // Handler

    [Fact]
    public async Task Publishing_stores_version_2_with_the_new_settings_and_keeps_version_1()
    {
        var version = await Publish(Changes(c =>
        {
            c.MinimumYearsOfTeaching = 1.5m;
            c.MinimumSettings = 3;
            c.RequireConsecutiveKeyStages = false;
            c.RequireScienceForPrimary = false;
            c.DiscretionAllowed = [EligibilityRequirement.TwoSchools];
            c.OfferedAgeRanges = "11-18, 3-7 ,, 11-16";
        }));

        Assert.Equal(2, version);
        var policies = await StoredPolicies();
        Assert.Equal([1, 2], policies.Select(p => p.Version));
        Assert.Equal(2m, policies[0].MinimumYearsOfTeaching);
        Assert.Equal(AgeRange.Common, policies[0].OfferedAgeRanges);
        var published = policies[1];
        Assert.Equal(1.5m, published.MinimumYearsOfTeaching);
        Assert.Equal(3, published.MinimumSettings);
        Assert.False(published.RequireConsecutiveKeyStages);
        Assert.False(published.RequireScienceForPrimary);
        Assert.Equal([EligibilityRequirement.TwoSchools], published.DiscretionAllowed);
        Assert.Equal([new AgeRange(3, 7), new AgeRange(11, 16), new AgeRange(11, 18)], published.OfferedAgeRanges);
        Assert.Equal(_clock.Now.UtcDateTime, published.CreatedAt);
        Assert.Equal(TestUsers.AdminName, published.PublishedByName);
        Assert.Equal(Reason, published.ChangeReason);

        await using var db = _database.NewContext();
        Assert.Equal(2, (await CurrentPolicy.LoadAsync(db, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Publishing_records_who_published_the_version_and_why()
    {
        await Publish(Changes());

        var audit = Assert.Single(await PolicyAudit());
        Assert.Equal(nameof(EligibilityPolicy), audit.SubjectType);
        Assert.Equal("Eligibility policy version 2 published", audit.Action);
        Assert.Equal(Reason, audit.Detail);
        Assert.Equal(_adminId, audit.ActorId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);
        Assert.Equal(_clock.Now.UtcDateTime, audit.OccurredAt);
    }

    [Fact]
    public async Task Each_publication_makes_the_next_version()
    {
        await Publish(Changes());
        _clock.Advance(TimeSpan.FromDays(30));

        var version = await Publish(Changes(c =>
        {
            c.CurrentVersion = 2;
            c.Reason = "Second change";
        }));

        Assert.Equal(3, version);
        Assert.Equal([1, 2, 3], (await StoredPolicies()).Select(p => p.Version));
        Assert.Equal(2, (await PolicyAudit()).Count);
    }

    [Fact]
    public async Task A_form_started_from_an_earlier_version_is_refused_and_stores_nothing()
    {
        await Publish(Changes(c => c.MinimumYearsOfTeaching = 1));
        var stale = Changes(c => c.MinimumYearsOfTeaching = 3);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Publish(stale));

        Assert.Equal(PublishPolicy.PublishedMeanwhile, refusal.Message);
        Assert.Equal("Another admin published a new version just now. Check the current policy and try again", refusal.Message);
        Assert.Null(refusal.Field);
        Assert.Equal([1, 2], (await StoredPolicies()).Select(p => p.Version));
        Assert.Equal(1m, (await StoredPolicies())[1].MinimumYearsOfTeaching);
        Assert.Single(await PolicyAudit());
    }

    [Fact]
    public async Task Two_admins_publishing_at_the_same_moment_get_one_version_and_the_second_is_told()
    {
        // The second admin's check passes (version 1 is current when it reads), then the first admin's version 2
        // is saved before the second saves: the primary key on the version refuses the second.
        await using var racing = ContextRacedBy(() => Publish(Changes(c => c.Reason = "The first admin's change")));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Publish(Changes(c => c.Reason = "The second admin's change"), racing));

        Assert.Equal(PublishPolicy.PublishedMeanwhile, refusal.Message);
        var policies = await StoredPolicies();
        Assert.Equal([1, 2], policies.Select(p => p.Version));
        Assert.Equal("The first admin's change", policies[1].ChangeReason);
        Assert.Equal("The first admin's change", Assert.Single(await PolicyAudit()).Detail);
    }

    [Fact]
    public async Task A_policy_that_breaks_a_domain_rule_is_refused_on_its_field()
    {
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Publish(Changes(c => c.MinimumSettings = 9)));

        Assert.Equal("MinimumSettings", refusal.Field);
        Assert.Equal([1], (await StoredPolicies()).Select(p => p.Version));
    }

    [Fact]
    public async Task The_policies_come_newest_first_with_the_current_one()
    {
        await Publish(Changes());
        await Publish(Changes(c => c.CurrentVersion = 2));

        await using var db = _database.NewContext();
        var result = await new GetPolicies.Handler(db).Handle(CancellationToken.None);

        Assert.Equal(3, result.Current.Version);
        Assert.Equal([3, 2, 1], result.Versions.Select(p => p.Version));
    }

    // The age ranges offered

    [Fact]
    public async Task The_choices_are_the_current_policy_s_ranges_plus_the_candidate_s_own()
    {
        await OfferOnly("11-16, 11-18");
        await using var db = _database.NewContext();

        Assert.Equal([new AgeRange(11, 16), new AgeRange(11, 18)], await AgeRangeChoices.LoadAsync(db, null, CancellationToken.None));
        Assert.Equal([new AgeRange(5, 11), new AgeRange(11, 16), new AgeRange(11, 18)],
            await AgeRangeChoices.LoadAsync(db, new AgeRange(5, 11), CancellationToken.None));
        Assert.Equal([new AgeRange(11, 16), new AgeRange(11, 18)], await AgeRangeChoices.LoadAsync(db, new AgeRange(11, 16), CancellationToken.None));
    }

    [Fact]
    public async Task An_admin_cannot_create_a_candidate_for_a_range_the_policy_no_longer_offers()
    {
        await OfferOnly("11-16, 11-18");
        var school = await new SchoolBuilder().SaveAsync(_database);
        var accounts = new Mock<IUserAccounts>(MockBehavior.Strict);
        accounts.Setup(a => a.EmailInUseAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var command = new CreateCandidate.Command
        {
            FirstNames = "Ada", LastName = "Lovelace", Email = "ada@example.com", EmployingSchoolId = school.Id, AgeRange = "5-11",
        };

        await using var db = _database.NewContext();
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new CreateCandidate.Handler(db, accounts.Object, TestUsers.Admin(), _clock).Handle(command, CancellationToken.None));

        Assert.Equal("Select an age range from the list", refusal.Message);
        Assert.Equal(nameof(CreateCandidate.Command.AgeRange), refusal.Field);
        accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(await StoredCandidates.SnapshotAsync(_database));
    }

    [Fact]
    public async Task A_school_lead_cannot_nominate_for_a_range_the_policy_no_longer_offers()
    {
        await OfferOnly("11-16, 11-18");
        var school = await new SchoolBuilder().SaveAsync(_database);
        var accounts = new Mock<IUserAccounts>(MockBehavior.Strict);
        accounts.Setup(a => a.EmailInUseAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var command = new NominateStaff.Command { FirstNames = "Ada", LastName = "Lovelace", Email = "ada@example.com", AgeRange = "7-14", Subjects = "Maths" };

        await using var db = _database.NewContext();
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new NominateStaff.Handler(db, accounts.Object, Mock.Of<IEmailSender>(MockBehavior.Strict), TestUsers.SchoolLead(school.Id), _clock)
                .Handle(command, CancellationToken.None));

        Assert.Equal("Select an age range from the list", refusal.Message);
        Assert.Equal(nameof(NominateStaff.Command.AgeRange), refusal.Field);
        Assert.Empty(await StoredCandidates.SnapshotAsync(_database));
    }

    [Fact]
    public async Task A_candidate_cannot_move_to_a_range_the_policy_no_longer_offers()
    {
        var applicant = await Applicant.InvitedAsync(_database, "5-11");
        await OfferOnly("11-16, 11-18");

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() =>
            applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("7-11")));

        Assert.Equal("Select an age range from the list", refusal.Message);
        Assert.Equal(nameof(SaveIntendedAssessment.Command.AgeRange), refusal.Field);
        var candidate = await applicant.ReloadAsync();
        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange!.Value);
        Assert.False(candidate.Application.IntendedAssessmentConfirmed);
    }

    [Fact]
    public async Task A_candidate_keeps_and_confirms_their_own_range_after_the_policy_stops_offering_it()
    {
        var applicant = await Applicant.InvitedAsync(_database, "5-11");
        await OfferOnly("11-16, 11-18");

        await applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("5-11"));

        var candidate = await applicant.ReloadAsync();
        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange!.Value);
        Assert.True(candidate.Application.IntendedAssessmentConfirmed);
    }

    [Fact]
    public async Task A_candidate_moves_to_a_range_the_new_policy_offers()
    {
        var applicant = await Applicant.InvitedAsync(_database, "5-11");
        await OfferOnly("11-16, 11-18");

        await applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("11-18", "Physics"));

        Assert.Equal(new AgeRange(11, 18), (await applicant.ReloadAsync()).IntendedAgeRange!.Value);
    }

    /// <summary>
    /// The database as one admin's request sees it while another admin's request saves first: a real context whose
    /// saves run <paramref name="otherSave"/> just before they write, after the handler has read the current version.
    /// </summary>
    private AoPortalDbContext ContextRacedBy(Func<Task> otherSave)
    {
        using var plain = _database.NewContext();
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>().AddInterceptors(new SaveRacedBy(otherSave));
        builder.UseProvider(DatabaseProvider.Sqlite, plain.Database.GetConnectionString()!);
        return new AoPortalDbContext(builder.Options);
    }

    private sealed class SaveRacedBy(Func<Task> otherSave) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await otherSave();
            return result;
        }
    }
}
