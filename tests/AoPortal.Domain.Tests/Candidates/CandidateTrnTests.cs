using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Candidates;

public class CandidateTrnTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 9, 30, 0, DateTimeKind.Utc);
    private static readonly Actor Admin = new(Guid.Parse("9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a"), "Priya Admin");

    private static Candidate NewCandidate() =>
        Candidate.Invite(Guid.Parse("0b6e5c4d-2a1f-4e3d-8c7b-6a5f4e3d2c1b"), new CandidateDetailsBuilder().Build(), Admin, Now).Candidate;

    [Fact]
    public void A_seven_digit_trn_is_stored_and_audited()
    {
        var candidate = NewCandidate();
        var before = candidate.Version;

        var audit = candidate.RecordTrn(" 1234567 ", Admin, Now);

        Assert.Equal("1234567", candidate.Trn);
        Assert.NotEqual(before, candidate.Version);
        Assert.Equal(("TRN recorded", "TRN 1234567", candidate.Id, "Priya Admin", Now), (audit.Action, audit.Detail, audit.SubjectId, audit.ActorName, audit.OccurredAt));
    }

    [Fact]
    public void A_new_trn_replaces_the_old_one_and_the_audit_keeps_the_old_one()
    {
        var candidate = NewCandidate();
        candidate.RecordTrn("1234567", Admin, Now);

        var audit = candidate.RecordTrn("7654321", Admin, Now);

        Assert.Equal("7654321", candidate.Trn);
        Assert.Equal("TRN 7654321, replacing 1234567", audit.Detail);
    }

    [Theory]
    [InlineData("123456", "TRN must be 7 digits, like 1234567")]
    [InlineData("12345678", "TRN must be 7 digits, like 1234567")]
    [InlineData("12A4567", "TRN must be 7 digits, like 1234567")]
    [InlineData("１２３４５６７", "TRN must be 7 digits, like 1234567")]
    [InlineData("  ", "Enter the TRN")]
    public void A_trn_that_is_not_seven_digits_is_refused_and_changes_nothing(string trn, string message)
    {
        var candidate = NewCandidate();
        var before = candidate.Version;

        var refused = Assert.Throws<DomainRuleException>(() => candidate.RecordTrn(trn, Admin, Now));

        Assert.Equal((message, "Trn"), (refused.Message, refused.Field));
        Assert.Null(candidate.Trn);
        Assert.Equal(before, candidate.Version);
    }

    [Fact]
    public void Recording_the_same_trn_again_is_refused()
    {
        var candidate = NewCandidate();
        candidate.RecordTrn("1234567", Admin, Now);

        var refused = Assert.Throws<DomainRuleException>(() => candidate.RecordTrn("1234567", Admin, Now));

        Assert.Equal("The candidate's TRN is already 1234567", refused.Message);
    }
}
