using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using Moq;

namespace AoPortal.Application.Tests.Support;

/// <summary>People making requests, as the <see cref="ICurrentUser"/> port reports them.</summary>
public static class TestUsers
{
    public const string AdminName = "Test Admin";

    public static ICurrentUser Admin(Guid? userId = null) => With(userId ?? Guid.NewGuid(), AdminName, null, PortalRole.Admin);

    public static ICurrentUser Assessor() => With(Guid.NewGuid(), "Test Assessor", null, PortalRole.Assessor);

    public static ICurrentUser SchoolLead(Guid? schoolId) => With(Guid.NewGuid(), "Test School Lead", schoolId, PortalRole.SchoolLead);

    public static ICurrentUser Candidate(Guid userId) => With(userId, "Test Candidate", null, PortalRole.Candidate);

    public static ICurrentUser WithoutARole() => With(Guid.NewGuid(), "Test Nobody", null);

    public static ICurrentUser With(Guid? userId, string name, Guid? schoolId, params PortalRole[] roles)
    {
        var user = new Mock<ICurrentUser>(MockBehavior.Strict);
        user.SetupGet(u => u.UserId).Returns(userId);
        user.SetupGet(u => u.Actor).Returns(new Actor(userId, name));
        user.SetupGet(u => u.SchoolId).Returns(schoolId);
        user.Setup(u => u.IsInRole(It.IsAny<PortalRole>())).Returns((PortalRole role) => roles.Contains(role));
        return user.Object;
    }
}
