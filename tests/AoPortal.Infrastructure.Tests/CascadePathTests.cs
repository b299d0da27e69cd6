using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace AoPortal.Infrastructure.Tests;

/// <summary>
/// SQL Server refuses a schema where one table can be reached by two cascade paths, or by a cascade cycle (error 1785),
/// while SQLite accepts it; no SQL Server runs here, so the portal's model is checked directly.
/// </summary>
public sealed class CascadePathTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.AllProviders), MemberType = typeof(TestDatabases))]
    public void No_table_is_reached_by_two_cascade_paths_or_a_cascade_cycle(DatabaseProvider provider)
    {
        using var context = TestDatabases.CreateOffline(provider);

        var problems = CascadePathChecker.FindProblems(context.Model);

        Assert.True(
            problems.Count == 0,
            "SQL Server would refuse this schema (error 1785). Make one of the foreign keys Restrict or NoAction:"
            + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_checker_sees_the_cascades_of_the_portal_model()
    {
        // Guards against the checker passing because it found nothing to check.
        using var context = TestDatabases.CreateSqlServerOffline();

        var edges = CascadePathChecker.CascadeEdges(context.Model);

        Assert.Contains(edges, e => e is { Principal: "AspNetUsers", Dependent: "AspNetUserRoles", Action: DeleteBehavior.Cascade });
        Assert.Contains(edges, e => e is { Principal: "AspNetRoles", Dependent: "AspNetUserRoles", Action: DeleteBehavior.Cascade });
        Assert.DoesNotContain(edges, e => e.Principal == "Schools");
    }

    [Fact]
    public void The_checker_finds_two_cascade_paths_to_one_table_in_a_tiny_context()
    {
        using var context = new DiamondContext();

        var problems = CascadePathChecker.FindProblems(context.Model);

        var problem = Assert.Single(problems);
        Assert.Contains("Multiple cascade paths from Tops to Bottoms", problem);
        Assert.Contains("Tops -[Lefts(TopId) Cascade]-> Lefts -[Bottoms(LeftId) Cascade]-> Bottoms", problem);
        Assert.Contains("Tops -[Rights(TopId) Cascade]-> Rights -[Bottoms(RightId) Cascade]-> Bottoms", problem);
    }

    [Fact]
    public void The_checker_finds_a_cascade_cycle()
    {
        var model = BuildModel(b =>
        {
            b.Entity<A>().HasOne<B>().WithMany().HasForeignKey(a => a.BId).OnDelete(DeleteBehavior.Cascade);
            b.Entity<B>().HasOne<A>().WithMany().HasForeignKey(x => x.AId).OnDelete(DeleteBehavior.Cascade);
        });

        var problems = CascadePathChecker.FindProblems(model);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("Cascade cycle", p));
        Assert.Contains(problems, p => p.Contains("A -[B(AId) Cascade]-> B -[A(BId) Cascade]-> A"));
    }

    [Fact]
    public void The_checker_finds_a_table_cascading_to_itself()
    {
        var model = BuildModel(b => b.Entity<A>().HasOne<A>().WithMany().HasForeignKey(a => a.AId).OnDelete(DeleteBehavior.Cascade));

        var problem = Assert.Single(CascadePathChecker.FindProblems(model));

        Assert.Contains("Cascade cycle", problem);
        Assert.Contains("A -[A(AId) Cascade]-> A", problem);
    }

    [Fact]
    public void The_checker_counts_set_null_as_a_cascade_path()
    {
        var model = BuildDiamond(DeleteBehavior.SetNull);

        var problem = Assert.Single(CascadePathChecker.FindProblems(model));

        Assert.Contains("Multiple cascade paths from A to D", problem);
    }

    [Fact]
    public void The_checker_finds_two_cascading_foreign_keys_between_the_same_tables()
    {
        var model = BuildModel(b =>
        {
            b.Entity<B>().HasOne<A>().WithMany().HasForeignKey(x => x.AId).OnDelete(DeleteBehavior.Cascade);
            b.Entity<B>().HasOne<A>().WithMany().HasForeignKey(x => x.OtherAId).OnDelete(DeleteBehavior.Cascade);
        });

        var problem = Assert.Single(CascadePathChecker.FindProblems(model));

        Assert.Contains("Multiple cascade paths from A to B", problem);
    }

    [Theory]
    [InlineData(DeleteBehavior.Restrict)]
    [InlineData(DeleteBehavior.NoAction)]
    [InlineData(DeleteBehavior.ClientCascade)]
    [InlineData(DeleteBehavior.ClientSetNull)]
    public void The_checker_accepts_a_diamond_whose_second_leg_has_no_database_action(DeleteBehavior secondLeg)
    {
        var model = BuildDiamond(DeleteBehavior.Cascade, secondLeg);

        Assert.Empty(CascadePathChecker.FindProblems(model));
    }

    [Fact]
    public void The_checker_accepts_a_tree_of_cascades()
    {
        // A -> B -> D and A -> C: every table has one path from each ancestor.
        var model = BuildModel(b =>
        {
            b.Entity<B>().HasOne<A>().WithMany().HasForeignKey(x => x.AId).OnDelete(DeleteBehavior.Cascade);
            b.Entity<C>().HasOne<A>().WithMany().HasForeignKey(x => x.AId).OnDelete(DeleteBehavior.Cascade);
            b.Entity<D>().HasOne<B>().WithMany().HasForeignKey(x => x.BId).OnDelete(DeleteBehavior.Cascade);
            b.Entity<D>().HasOne<C>().WithMany().HasForeignKey(x => x.CId).OnDelete(DeleteBehavior.Restrict);
        });

        Assert.Equal(3, CascadePathChecker.CascadeEdges(model).Count);
        Assert.Empty(CascadePathChecker.FindProblems(model));
    }

    /// <summary>A -> B -> D and A -> C -> D; the legs through C use <paramref name="secondLeg"/>.</summary>
    private static IModel BuildDiamond(DeleteBehavior firstLeg, DeleteBehavior? secondLeg = null) =>
        BuildModel(b =>
        {
            b.Entity<B>().HasOne<A>().WithMany().HasForeignKey(x => x.AId).OnDelete(firstLeg);
            b.Entity<C>().HasOne<A>().WithMany().HasForeignKey(x => x.AId).OnDelete(secondLeg ?? firstLeg);
            b.Entity<D>().HasOne<B>().WithMany().HasForeignKey(x => x.BId).OnDelete(firstLeg);
            b.Entity<D>().HasOne<C>().WithMany().HasForeignKey(x => x.CId).OnDelete(secondLeg ?? firstLeg);
        });

    /// <summary>A model built with SQLite's conventions (SQLite accepts all of these; SQL Server would not).</summary>
    private static IModel BuildModel(Action<ModelBuilder> configure)
    {
        var builder = new ModelBuilder(SqliteConventionSetBuilder.Build());
        foreach (var type in new[] { typeof(A), typeof(B), typeof(C), typeof(D) })
        {
            builder.Entity(type).ToTable(type.Name);
        }
        configure(builder);
        // The checker reads the relational model (the constraints the DDL will hold), which only an initialized model has.
        var initializer = new ServiceCollection().AddEntityFrameworkSqlite().BuildServiceProvider()
            .GetRequiredService<IModelRuntimeInitializer>();
        return initializer.Initialize((IModel)builder.FinalizeModel(), designTime: true);
    }

    private sealed class A
    {
        public int Id { get; set; }
        public int? AId { get; set; }
        public int? BId { get; set; }
    }

    private sealed class B
    {
        public int Id { get; set; }
        public int? AId { get; set; }
        public int? OtherAId { get; set; }
    }

    private sealed class C
    {
        public int Id { get; set; }
        public int? AId { get; set; }
    }

    private sealed class D
    {
        public int Id { get; set; }
        public int? BId { get; set; }
        public int? CId { get; set; }
    }

    /// <summary>A tiny SQLite in-memory context with two cascade paths, Tops -> Lefts -> Bottoms and Tops -> Rights -> Bottoms.</summary>
    private sealed class DiamondContext : DbContext
    {
        public DbSet<Top> Tops => Set<Top>();
        public DbSet<Left> Lefts => Set<Left>();
        public DbSet<Right> Rights => Set<Right>();
        public DbSet<Bottom> Bottoms => Set<Bottom>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Left>().HasOne<Top>().WithMany().HasForeignKey(x => x.TopId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Right>().HasOne<Top>().WithMany().HasForeignKey(x => x.TopId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Bottom>().HasOne<Left>().WithMany().HasForeignKey(x => x.LeftId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Bottom>().HasOne<Right>().WithMany().HasForeignKey(x => x.RightId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    private sealed class Top
    {
        public int Id { get; set; }
    }

    private sealed class Left
    {
        public int Id { get; set; }
        public int TopId { get; set; }
    }

    private sealed class Right
    {
        public int Id { get; set; }
        public int TopId { get; set; }
    }

    private sealed class Bottom
    {
        public int Id { get; set; }
        public int LeftId { get; set; }
        public int RightId { get; set; }
    }
}
