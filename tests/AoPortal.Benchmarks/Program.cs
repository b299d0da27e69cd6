using AoPortal.Benchmarks.Bench;
using AoPortal.Benchmarks.Generation;

// The scale-data generator, the benchmark and the load run: one verb each (docs/performance.md).
//   dotnet run -c Release --project tests/AoPortal.Benchmarks -- generate --database tests/AoPortal.Benchmarks/App_Data/aoportal.db
//   dotnet run -c Release --project tests/AoPortal.Benchmarks -- bench --database tests/AoPortal.Benchmarks/App_Data/aoportal.db --report docs/performance.md
//   dotnet run -c Release --project tests/AoPortal.Benchmarks -- load --database tests/AoPortal.Benchmarks/App_Data/aoportal.db --report docs/performance.md
try
{
    return args.FirstOrDefault() switch
    {
        "generate" => await GenerateCommand.RunAsync(args[1..], Console.Out),
        "bench" => await BenchCommand.RunAsync(args[1..], Console.Out),
        "load" => await LoadCommand.RunAsync(args[1..], Console.Out),
        "baseline-server" => await BaselineServer.RunAsync(args[1..]),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("Usage: AoPortal.Benchmarks generate|bench|load [options]");
    Console.Error.WriteLine();
    Console.Error.WriteLine(GenerateOptions.Help);
    Console.Error.WriteLine(BenchCommand.Help);
    Console.Error.WriteLine(LoadCommand.Help);
    return 2;
}
