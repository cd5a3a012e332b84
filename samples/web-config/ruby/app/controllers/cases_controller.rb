class CasesController < ApplicationController
  skip_before_action :verify_authenticity_token

  def update
    @case = Case.find(params[:id])
    @case.update!(case_params)
    render json: @case
  rescue ActiveRecord::RecordInvalid => e
    render json: { error: e.message }, status: :unprocessable_entity
  end
end
