//! Self-evaluation results (kết quả tự đánh giá) and the levels they support:
//! the criteria catalogue of each circular (`catalogue`) and the cumulative
//! Mức computation (`engine`).

pub mod catalogue;
pub mod engine;
