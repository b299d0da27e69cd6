using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Tests.Standards;

public class StandardsCatalogueTests
{
    private const string ResourceName = "AoPortal.Domain.Standards.teachers-standards.json";

    private static StandardsCatalogue Catalogue => StandardsCatalogue.Current;

    [Fact]
    public void The_embedded_catalogue_loads()
    {
        var catalogue = StandardsCatalogue.Current;

        Assert.NotEmpty(catalogue.PartOne);
        Assert.NotEmpty(catalogue.PartTwo.Statements);
        Assert.Same(catalogue, StandardsCatalogue.Current);
    }

    [Fact]
    public void Part_one_lists_TS1_to_TS8_in_order()
    {
        Assert.Equal(
            ["TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8"],
            Catalogue.PartOne.Select(s => s.Code));
    }

    [Theory]
    [InlineData("TS1", "Set high expectations which inspire, motivate and challenge pupils")]
    [InlineData("TS2", "Promote good progress and outcomes by pupils")]
    [InlineData("TS3", "Demonstrate good subject and curriculum knowledge")]
    [InlineData("TS4", "Plan and teach well structured lessons")]
    [InlineData("TS5", "Adapt teaching to respond to the strengths and needs of all pupils")]
    [InlineData("TS6", "Make accurate and productive use of assessment")]
    [InlineData("TS7", "Manage behaviour effectively to ensure a good and safe learning environment")]
    [InlineData("TS8", "Fulfil wider professional responsibilities")]
    public void Each_part_one_standard_carries_its_heading(string code, string heading)
    {
        Assert.Equal(heading, Catalogue.PartOne.Single(s => s.Code == code).Heading);
    }

    [Theory]
    [InlineData("TS1", 3)]
    [InlineData("TS2", 5)]
    [InlineData("TS3", 5)]
    [InlineData("TS4", 5)]
    [InlineData("TS5", 4)]
    [InlineData("TS6", 4)]
    [InlineData("TS7", 4)]
    [InlineData("TS8", 5)]
    public void Each_part_one_standard_has_its_sub_points(string code, int count)
    {
        var standard = Catalogue.PartOne.Single(s => s.Code == code);

        Assert.Equal(count, standard.SubPoints.Count);
        var letters = "abcdefgh"[..count];
        Assert.Equal(letters.Select(l => $"{code}{l}"), standard.SubPoints.Select(p => p.Code));
        Assert.All(standard.SubPoints, p => Assert.False(string.IsNullOrWhiteSpace(p.Summary)));
    }

    [Fact]
    public void Part_two_is_coded_P2_with_statements_P2_1_to_P2_3()
    {
        var partTwo = Catalogue.PartTwo;

        Assert.Equal("P2", partTwo.Code);
        Assert.Equal("Part Two: Personal and professional conduct", partTwo.Heading);
        Assert.Equal(["P2.1", "P2.2", "P2.3"], partTwo.Statements.Select(s => s.Code));
        Assert.All(partTwo.Statements, s => Assert.False(string.IsNullOrWhiteSpace(s.Heading)));
    }

    [Fact]
    public void Part_two_statement_P2_1_has_five_sub_points()
    {
        var statement = Catalogue.PartTwo.Statements.Single(s => s.Code == "P2.1");

        Assert.Equal(["P2.1a", "P2.1b", "P2.1c", "P2.1d", "P2.1e"], statement.SubPoints.Select(p => p.Code));
    }

    [Fact]
    public void The_attribution_names_the_open_government_licence()
    {
        Assert.Contains("Open Government Licence v3.0", Catalogue.Attribution);
        Assert.Contains("Department for Education", Catalogue.Attribution);
    }

    [Theory]
    [InlineData("TS1")]
    [InlineData("TS3")]
    [InlineData("TS3d")]
    [InlineData("TS8e")]
    [InlineData("P2")]
    [InlineData("P2.1")]
    [InlineData("P2.1a")]
    [InlineData("P2.3")]
    public void Standards_sub_points_and_part_two_codes_are_known(string code)
    {
        Assert.True(Catalogue.IsKnownCode(code));
    }

    [Theory]
    [InlineData("TS9")]
    [InlineData("ts1")]
    [InlineData("")]
    [InlineData("TS1f")]
    [InlineData("P2.4")]
    [InlineData(" TS1")]
    public void Other_codes_are_unknown(string code)
    {
        Assert.False(Catalogue.IsKnownCode(code));
    }

    [Fact]
    public void The_embedded_copy_matches_the_shared_domain_file()
    {
        var sharedFile = FindSharedStandardsFile();
        if (sharedFile is null) return; // Only available in the development tree; the embedded copy is what ships.

        using var stream = typeof(StandardsCatalogue).Assembly.GetManifestResourceStream(ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var embedded = reader.ReadToEnd();

        Assert.Equal(NormaliseLineEndings(File.ReadAllText(sharedFile)), NormaliseLineEndings(embedded));
    }

    [Fact]
    public void Parse_reads_a_catalogue_from_json()
    {
        const string json = """
            {
              "source": "Test source, Open Government Licence v3.0",
              "partOne": [
                { "code": "TS1", "heading": "Set high expectations", "subPoints": [
                  { "code": "TS1a", "summary": "Safe environment" },
                  { "code": "TS1b", "summary": "Stretching goals" } ] },
                { "code": "TS2", "heading": "Promote good progress", "subPoints": [] }
              ],
              "partTwo": {
                "code": "P2",
                "heading": "Part Two",
                "statements": [
                  { "code": "P2.1", "summary": "Uphold public trust", "subPoints": [
                    { "code": "P2.1a", "summary": "Dignity" } ] }
                ]
              }
            }
            """;

        var catalogue = StandardsCatalogue.Parse(json);

        Assert.Equal("Test source, Open Government Licence v3.0", catalogue.Attribution);
        Assert.Equal(["TS1", "TS2"], catalogue.PartOne.Select(s => s.Code));
        Assert.Equal("Set high expectations", catalogue.PartOne[0].Heading);
        Assert.Equal(
            [new StandardSubPoint("TS1a", "Safe environment"), new StandardSubPoint("TS1b", "Stretching goals")],
            catalogue.PartOne[0].SubPoints);
        Assert.Empty(catalogue.PartOne[1].SubPoints);
        Assert.Equal("P2", catalogue.PartTwo.Code);
        Assert.Equal("Part Two", catalogue.PartTwo.Heading);
        var statement = Assert.Single(catalogue.PartTwo.Statements);
        Assert.Equal("P2.1", statement.Code);
        Assert.Equal("Uphold public trust", statement.Heading);
        Assert.Equal("P2.1a", Assert.Single(statement.SubPoints).Code);
        Assert.True(catalogue.IsKnownCode("TS1b"));
        Assert.True(catalogue.IsKnownCode("P2.1a"));
        Assert.False(catalogue.IsKnownCode("TS3"));
    }

    private static string NormaliseLineEndings(string text) => text.Replace("\r\n", "\n");

    private static string? FindSharedStandardsFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "AoPortal.sln"))) continue;
            var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "domain", "teachers-standards.json"));
            return File.Exists(path) ? path : null;
        }

        return null;
    }
}
