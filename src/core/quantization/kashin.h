#pragma once
// Kashin's representation of a matrix, as Kashin quantization uses it (Merkulov, Cherniuk, Rudikov,
// Oseledets, Muravleva, Mikhalev, Kashin, "Quantization of Large Language Models with an
// Overdetermined Basis", UAI 2024, arXiv:2404.09737): X = U + Q₁·V·Q₂ᵀ with Q₁, Q₂ orthogonal (the
// paper's Kronecker basis Q = Q₂ ⊗ Q₁ acting on vec V) and both ‖U‖∞ and ‖V‖∞ of the order
// ‖X‖_F/√(mn), where ‖X‖∞ itself may be much larger (outliers).
//
// The algorithm is Lyubarskii and Vershynin's truncation ("Uncertainty principles and vector
// quantization", IEEE Trans. Inf. Theory 56(7), 2010, Theorem 3.5) in the Parseval frame
// Φ = [I, Q]/√2 of N = 2mn vectors: the residual's frame coefficients are clipped at a level M that
// shrinks by η every step, and what the clipped coefficients synthesize is taken off the residual.
// The coefficients never exceed ∑ M_k < M₀/(1 − η), so ‖U‖∞, ‖V‖∞ ≤ ‖X‖_F / ((1 − η)·√(2δN));
// the residual falls by η per step when the frame satisfies the uncertainty principle with (η, δ),
// which most orthogonal Q do (Kashin 1977; Lyubarskii–Vershynin, Theorem 4.6).

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace gradus::core {
class ComputeControl;
}

namespace gradus::core::quantization {

using Matrix = Eigen::MatrixXd;

// The orthonormal DCT-II as an n × n matrix whose columns are the cosine basis vectors.
Matrix dctBasis(int n);
// An orthogonal matrix drawn from the Haar measure: QR of a Gaussian matrix with the signs of R's
// diagonal moved into Q (Mezzadri 2007), so that the draw is uniform and repeatable from `seed`.
Matrix randomOrthogonal(int n, std::uint64_t seed);

// The orthogonal pair of the basis: X = U + left · V · rightᵀ.
struct KroneckerBasis {
    Matrix left;  // Q₁, m × m
    Matrix right; // Q₂, n × n
};

struct KashinSettings {
    double eta = 0.8;   // the clipping level shrinks by this factor every step (0 < η < 1)
    double delta = 0.5; // the first level is ‖X‖_F / √(δN)
    int iterations = 60;
    double tolerance = 1e-12; // stop when ‖R‖_F ≤ tolerance · ‖X‖_F
};

// One step's state after it was taken.
struct KashinStep {
    double uMax = 0, vMax = 0;   // ‖U_k‖∞, ‖V_k‖∞ of the partial sums
    double relativeResidual = 0; // ‖X − U_k − Q₁V_kQ₂ᵀ‖_F / ‖X‖_F
    double level = 0;            // the clipping level M_k the step used, in the units of U and V
};

struct KashinDecomposition {
    Matrix u, v;                   // the final factors
    std::vector<KashinStep> steps; // one per step taken; steps[0] is the state before any step
    std::vector<Matrix> uHistory, vHistory; // U_k, V_k for every recorded step (see keepHistory)
    double bound = 0;              // ‖X‖_F / ((1 − η)·√(2δN)): ‖U‖∞ and ‖V‖∞ stay below it
    double norm = 0;               // ‖X‖_F
    bool converged = false;        // the residual reached the tolerance
};

// Runs the truncation algorithm; `keepHistory` records U_k and V_k after every step (for playing the
// decomposition frame by frame). Checkpoints `control` once per step.
KashinDecomposition kashinDecompose(const Matrix& x, const KroneckerBasis& basis, const KashinSettings& settings,
                                    bool keepHistory = false, ComputeControl* control = nullptr);

// Q₁ · V · Q₂ᵀ.
Matrix synthesize(const KroneckerBasis& basis, const Matrix& v);

} // namespace gradus::core::quantization
