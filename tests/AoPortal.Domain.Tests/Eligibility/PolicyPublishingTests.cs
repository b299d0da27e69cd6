using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;

namespace AoPortal.Domain.Tests.Eligibility;

public class PolicyPublishingTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Admin = new(Guid.Parse("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), "Alex Admin");
    private static readonly EligibilityPolicy Current = EligibilityPolicy.Default(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private static (EligibilityPolicy Policy, AuditEntry Audit) Publish(
        IEnumerable<AgeRange>? ranges = null, string reason = "DfE now accepts 18 months of experience", decimal years = 1.5m) =>
        Current.PublishNext(years, 2, true, false, [EligibilityRequirement.Experience], ranges ?? [new(11, 16), new(3, 7)], reason, Admin, Now);

    [Fact]
    public void The_default_policy_offers_the_standard_age_ranges() =>
        Assert.Equal(AgeRange.Common, Current.OfferedAgeRanges);

    [Fact]
    public void Publishing_makes_the_next_version_with_the_new_settings()
    {
        var (next, _) = Publish();

        Assert.Equal(2, next.Version);
        Assert.Equal(1.5m, next.MinimumYearsOfTeaching);
        Assert.False(next.RequireScienceForPrimary);
        Assert.Equal([EligibilityRequirement.Experience], next.DiscretionAllowed);
        Assert.Equal(Now, next.CreatedAt);
        Assert.Equal("Alex Admin", next.PublishedByName);
        Assert.Equal("DfE now accepts 18 months of experience", next.ChangeReason);
    }

    [Fact]
    public void Offered_age_ranges_are_kept_once_each_youngest_first()
    {
        var (next, _) = Publish([new(11, 16), new(3, 7), new(11, 16), new(3, 11)]);

        Assert.Equal([new AgeRange(3, 7), new AgeRange(3, 11), new AgeRange(11, 16)], next.OfferedAgeRanges);
    }

    [Fact]
    public void A_policy_must_offer_an_age_range()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publish([]));

        Assert.Equal("Offer at least one age range", error.Message);
        Assert.Equal(nameof(EligibilityPolicy.OfferedAgeRanges), error.Field);
    }

    [Fact]
    public void Publishing_needs_a_reason()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publish(reason: "  "));

        Assert.Equal("Enter why the policy is changing", error.Message);
    }

    [Fact]
    public void The_thresholds_are_checked_as_for_any_policy()
    {
        Assert.Throws<DomainRuleException>(() => Publish(years: 11m));
    }

    [Fact]
    public void Publishing_is_audited_with_who_and_why_under_the_policys_own_subject()
    {
        var (_, audit) = Publish();

        Assert.Equal(nameof(EligibilityPolicy), audit.SubjectType);
        Assert.Equal(EligibilityPolicy.AuditSubjectId, audit.SubjectId);
        Assert.Equal("Eligibility policy version 2 published", audit.Action);
        Assert.Equal("DfE now accepts 18 months of experience", audit.Detail);
        Assert.Equal(Admin.UserId, audit.ActorId);
    }

    [Fact]
    public void The_current_version_is_left_as_it_was()
    {
        Publish();

        Assert.Equal(1, Current.Version);
        Assert.Equal(2m, Current.MinimumYearsOfTeaching);
        Assert.Null(Current.PublishedByName);
    }
}
