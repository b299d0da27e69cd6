namespace AoPortal.Infrastructure.Identity;

/// <summary>Builds the absolute address of the set-password page for an invitation (the web layer knows its routes).</summary>
public interface ISetPasswordLinks
{
    string Build(Guid userId, string token);
}
