using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests;

/// <summary>One foreign key with a database-side delete action, from the principal table to the dependent table.</summary>
public sealed record CascadeEdge(string Principal, string Dependent, string ForeignKey, DeleteBehavior Action)
{
    public override string ToString() => $"{Principal} -[{ForeignKey} {Action}]-> {Dependent}";
}
