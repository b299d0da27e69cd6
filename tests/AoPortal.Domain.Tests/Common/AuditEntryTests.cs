using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Common;

public class AuditEntryTests
{
    private static readonly DateTime Now = new(2025, 10, 6, 14, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Record_stores_who_did_what_to_which_subject_and_when()
    {
        var actor = new Actor(Guid.NewGuid(), "Sam Assessor");
        var subjectId = Guid.NewGuid();

        var entry = AuditEntry.Record(actor, Now, "Candidate", subjectId, "Observation recorded", "TS4 judged Met");

        Assert.NotEqual(Guid.Empty, entry.Id);
        Assert.Equal(Now, entry.OccurredAt);
        Assert.Equal(actor.UserId, entry.ActorId);
        Assert.Equal("Sam Assessor", entry.ActorName);
        Assert.Equal("Candidate", entry.SubjectType);
        Assert.Equal(subjectId, entry.SubjectId);
        Assert.Equal("Observation recorded", entry.Action);
        Assert.Equal("TS4 judged Met", entry.Detail);
    }

    [Fact]
    public void The_detail_is_optional()
    {
        var entry = AuditEntry.Record(Actor.System, Now, "School", Guid.NewGuid(), "School created");

        Assert.Null(entry.Detail);
        Assert.Null(entry.ActorId);
        Assert.Equal("System", entry.ActorName);
    }

    [Fact]
    public void Each_entry_gets_its_own_id()
    {
        var first = AuditEntry.Record(Actor.System, Now, "School", Guid.NewGuid(), "School created");
        var second = AuditEntry.Record(Actor.System, Now, "School", Guid.NewGuid(), "School created");

        Assert.NotEqual(first.Id, second.Id);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void A_time_that_is_not_utc_is_refused(DateTimeKind kind)
    {
        var notUtc = DateTime.SpecifyKind(Now, kind);

        var error = Assert.Throws<ArgumentException>(() =>
            AuditEntry.Record(Actor.System, notUtc, "School", Guid.NewGuid(), "School created"));

        Assert.Contains("UTC", error.Message);
    }
}
