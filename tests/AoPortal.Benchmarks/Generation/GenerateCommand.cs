namespace AoPortal.Benchmarks.Generation;

/// <summary>The "generate" verb: parses the options, fills the database, and prints the time taken and the rows per table.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var result = await ScaleDataGenerator.GenerateAsync(GenerateOptions.Parse(args), output);
        await output.WriteLineAsync(result.Describe());
        return 0;
    }
}
