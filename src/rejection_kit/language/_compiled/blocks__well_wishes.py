"""blocks/well_wishes.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '6eaff3019f8b67c18828a96b413eac1a'
JINJA = '3.1.6'
MACROS = (('team_1', ('c', 'x')), ('team_2', ('c', 'x')), ('team_3', ('c', 'x')), ('team_4', ('c', 'x')), ('team_5', ('c', 'x')), ('team_6', ('c',)), ('team_7', ('c',)), ('team__1', ('c',)), ('team__2', ('c',)), ('team__3', ('c',)), ('team__4', ('c',)), ('company_1', ('c', 'x')), ('company_2', ('c', 'x')), ('company_3', ('c', 'x')), ('company_4', ('c', 'x')), ('company_5', ('c',)), ('company__1', ('c',)), ('company__2', ('c',)), ('company__3', ('c',)), ('hire_1', ('c',)), ('hire_2', ('c',)), ('hire_3', ('c',)), ('process_1', ('c',)), ('process_2', ('c',)), ('process_3', ('c',)), ('agency_1', ('c',)), ('agency_2', ('c',)), ('agency_3', ('c',)), ('light_1', ('c',)), ('light_2', ('c',)), ('light_3', ('c',)), ('light_4', ('c',)), ('referrer_1', ('c',)), ('referrer_2', ('c',)), ('referrer_3', ('c',)), ('colleague_1', ('c',)), ('colleague_2', ('c',)), ('colleague_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/well_wishes.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_team_1 = l_0_team_2 = l_0_team_3 = l_0_team_4 = l_0_team_5 = l_0_team_6 = l_0_team_7 = l_0_team__1 = l_0_team__2 = l_0_team__3 = l_0_team__4 = l_0_company_1 = l_0_company_2 = l_0_company_3 = l_0_company_4 = l_0_company_5 = l_0_company__1 = l_0_company__2 = l_0_company__3 = l_0_hire_1 = l_0_hire_2 = l_0_hire_3 = l_0_process_1 = l_0_process_2 = l_0_process_3 = l_0_agency_1 = l_0_agency_2 = l_0_agency_3 = l_0_light_1 = l_0_light_2 = l_0_light_3 = l_0_light_4 = l_0_referrer_1 = l_0_referrer_2 = l_0_referrer_3 = l_0_colleague_1 = l_0_colleague_2 = l_0_colleague_3 = missing
        pass
        def macro(l_1_c, l_1_x):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wish %(x)s every success.', x=l_1_x)),
            )
            return concat(t_1)
        context.exported_vars.add('team_1')
        context.vars['team_1'] = l_0_team_1 = Macro(environment, macro, 'team_1', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('All the best to %(x)s in the months ahead.', x=l_1_x)),
            )
            return concat(t_2)
        context.exported_vars.add('team_2')
        context.vars['team_2'] = l_0_team_2 = Macro(environment, macro, 'team_2', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Best wishes to %(x)s.', x=l_1_x)),
            )
            return concat(t_3)
        context.exported_vars.add('team_3')
        context.vars['team_3'] = l_0_team_3 = Macro(environment, macro, 'team_3', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Wishing %(x)s continued success.', x=l_1_x)),
            )
            return concat(t_4)
        context.exported_vars.add('team_4')
        context.vars['team_4'] = l_0_team_4 = Macro(environment, macro, 'team_4', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope the coming months go well for %(x)s.', x=l_1_x)),
            )
            return concat(t_5)
        context.exported_vars.add('team_5')
        context.vars['team_5'] = l_0_team_5 = Macro(environment, macro, 'team_5', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wish the %(team)s team every success and look forward to seeing what comes next.', team=environment.getattr(l_1_c, 'team'))),
            )
            return concat(t_6)
        context.exported_vars.add('team_6')
        context.vars['team_6'] = l_0_team_6 = Macro(environment, macro, 'team_6', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'll be following what the %(team)s team does next with great interest.", team=environment.getattr(l_1_c, 'team'))),
            )
            return concat(t_7)
        context.exported_vars.add('team_7')
        context.vars['team_7'] = l_0_team_7 = Macro(environment, macro, 'team_7', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('you and the %(team)s team', team=environment.getattr(l_1_c, 'team'))),
            )
            return concat(t_8)
        context.exported_vars.add('team__1')
        context.vars['team__1'] = l_0_team__1 = Macro(environment, macro, 'team__1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('you and everyone on the %(team)s team', team=environment.getattr(l_1_c, 'team'))),
            )
            return concat(t_9)
        context.exported_vars.add('team__2')
        context.vars['team__2'] = l_0_team__2 = Macro(environment, macro, 'team__2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('you and your colleagues in %(team)s', team=environment.getattr(l_1_c, 'team'))),
            )
            return concat(t_10)
        context.exported_vars.add('team__3')
        context.vars['team__3'] = l_0_team__3 = Macro(environment, macro, 'team__3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_11.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('the whole %(team)s team', team=environment.getattr(l_1_c, 'team'))),
            )
            return concat(t_11)
        context.exported_vars.add('team__4')
        context.vars['team__4'] = l_0_team__4 = Macro(environment, macro, 'team__4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_x):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wish %(x)s every success.', x=l_1_x)),
            )
            return concat(t_12)
        context.exported_vars.add('company_1')
        context.vars['company_1'] = l_0_company_1 = Macro(environment, macro, 'company_1', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('All the best to %(x)s in the months ahead.', x=l_1_x)),
            )
            return concat(t_13)
        context.exported_vars.add('company_2')
        context.vars['company_2'] = l_0_company_2 = Macro(environment, macro, 'company_2', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_14.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Best wishes to %(x)s.', x=l_1_x)),
            )
            return concat(t_14)
        context.exported_vars.add('company_3')
        context.vars['company_3'] = l_0_company_3 = Macro(environment, macro, 'company_3', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Wishing %(x)s continued success.', x=l_1_x)),
            )
            return concat(t_15)
        context.exported_vars.add('company_4')
        context.vars['company_4'] = l_0_company_4 = Macro(environment, macro, 'company_4', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'll be following the work of %(company)s with interest.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_16)
        context.exported_vars.add('company_5')
        context.vars['company_5'] = l_0_company_5 = Macro(environment, macro, 'company_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('you and everyone at %(company)s', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_17)
        context.exported_vars.add('company__1')
        context.vars['company__1'] = l_0_company__1 = Macro(environment, macro, 'company__1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_18.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('you and the team at %(company)s', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_18)
        context.exported_vars.add('company__2')
        context.vars['company__2'] = l_0_company__2 = Macro(environment, macro, 'company__2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_19 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('you and your colleagues')),
            )
            return concat(t_19)
        context.exported_vars.add('company__3')
        context.vars['company__3'] = l_0_company__3 = Macro(environment, macro, 'company__3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_20 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_20.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Please pass my best wishes to %(name)s.', name=environment.getattr(l_1_c, 'hired'))),
            )
            return concat(t_20)
        context.exported_vars.add('hire_1')
        context.vars['hire_1'] = l_0_hire_1 = Macro(environment, macro, 'hire_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_21 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_21.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wish you and the team every success, and please give %(name)s my best.', name=environment.getattr(l_1_c, 'hired'))),
            )
            return concat(t_21)
        context.exported_vars.add('hire_2')
        context.vars['hire_2'] = l_0_hire_2 = Macro(environment, macro, 'hire_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_22 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_22.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope %(name)s settles in well.', name=environment.getattr(l_1_c, 'hired'))),
            )
            return concat(t_22)
        context.exported_vars.add('hire_3')
        context.vars['hire_3'] = l_0_hire_3 = Macro(environment, macro, 'hire_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_23 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_23.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you again for your help, and I hope the rest of your searches go smoothly.')),
            )
            return concat(t_23)
        context.exported_vars.add('process_1')
        context.vars['process_1'] = l_0_process_1 = Macro(environment, macro, 'process_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_24 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_24.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope the rest of your week goes well.')),
            )
            return concat(t_24)
        context.exported_vars.add('process_2')
        context.vars['process_2'] = l_0_process_2 = Macro(environment, macro, 'process_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_25 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_25.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you once more, and all the best.')),
            )
            return concat(t_25)
        context.exported_vars.add('process_3')
        context.vars['process_3'] = l_0_process_3 = Macro(environment, macro, 'process_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_26 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_26.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Good luck with your current searches, and thank you again.')),
            )
            return concat(t_26)
        context.exported_vars.add('agency_1')
        context.vars['agency_1'] = l_0_agency_1 = Macro(environment, macro, 'agency_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_27 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_27.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope the rest of your week goes well.')),
            )
            return concat(t_27)
        context.exported_vars.add('agency_2')
        context.vars['agency_2'] = l_0_agency_2 = Macro(environment, macro, 'agency_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_28 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_28.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("All the best, and I hope we'll work together again soon.")),
            )
            return concat(t_28)
        context.exported_vars.add('agency_3')
        context.vars['agency_3'] = l_0_agency_3 = Macro(environment, macro, 'agency_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_29 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_29.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope the rest of your week is a good one.')),
            )
            return concat(t_29)
        context.exported_vars.add('light_1')
        context.vars['light_1'] = l_0_light_1 = Macro(environment, macro, 'light_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_30 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_30.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Take care, and say hello to everyone for me.')),
            )
            return concat(t_30)
        context.exported_vars.add('light_2')
        context.vars['light_2'] = l_0_light_2 = Macro(environment, macro, 'light_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_31 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_31.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Have a lovely rest of the week.')),
            )
            return concat(t_31)
        context.exported_vars.add('light_3')
        context.vars['light_3'] = l_0_light_3 = Macro(environment, macro, 'light_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_32 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_32.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you again, and all the best.')),
            )
            return concat(t_32)
        context.exported_vars.add('light_4')
        context.vars['light_4'] = l_0_light_4 = Macro(environment, macro, 'light_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_33 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_33.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'll keep you posted on what comes next.")),
            )
            return concat(t_33)
        context.exported_vars.add('referrer_1')
        context.vars['referrer_1'] = l_0_referrer_1 = Macro(environment, macro, 'referrer_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_34 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_34.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I hope all is well on your side, and I'll let you know how my search goes.")),
            )
            return concat(t_34)
        context.exported_vars.add('referrer_2')
        context.vars['referrer_2'] = l_0_referrer_2 = Macro(environment, macro, 'referrer_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_35 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_35.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I owe you a coffee, and I'll keep you updated.")),
            )
            return concat(t_35)
        context.exported_vars.add('referrer_3')
        context.vars['referrer_3'] = l_0_referrer_3 = Macro(environment, macro, 'referrer_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_36 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_36.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm looking forward to what we'll work on next.")),
            )
            return concat(t_36)
        context.exported_vars.add('colleague_1')
        context.vars['colleague_1'] = l_0_colleague_1 = Macro(environment, macro, 'colleague_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_37 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_37.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thanks again, and talk soon.')),
            )
            return concat(t_37)
        context.exported_vars.add('colleague_2')
        context.vars['colleague_2'] = l_0_colleague_2 = Macro(environment, macro, 'colleague_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_38 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_38.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Thanks again — I'm looking forward to the next project together.")),
            )
            return concat(t_38)
        context.exported_vars.add('colleague_3')
        context.vars['colleague_3'] = l_0_colleague_3 = Macro(environment, macro, 'colleague_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '6=12&7=26&8=40&9=54&10=68&11=82&12=94&13=106&14=118&15=130&16=142&18=155&19=169&20=183&21=197&22=211&23=223&24=235&25=247&27=260&28=272&29=284&31=297&32=309&33=321&35=334&36=346&37=358&39=371&40=383&41=395&42=407&44=420&45=432&46=444&48=457&49=469&50=481'
    return locals()
