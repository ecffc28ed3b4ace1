using BenchmarkDotNet.Running;

namespace Medk.Benchmarks;

public static class Program
{
    // dotnet run -c Release --project bench/Medk.Benchmarks -- --filter '*'
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
